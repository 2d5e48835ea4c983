import { CSV_BOM, csvLine } from "@/lib/csv";
import { MECHANISM_LABELS, type TransferMechanism } from "@/lib/inventory/labels";
import type { OrganisationDetails } from "@/lib/organisation/details";
import { ENTRY_STATUS_LABELS, type EntryStatus } from "./schema";

// Art. 30(2) in the order the article lists it: (a) the controller, its representative and DPO,
// (b) the categories of processing, (c) transfers, (d) security measures; then the working fields.
export const PROCESSOR_RECORD_COLUMNS = [
  "Controller",
  "Controller contact",
  "Controller's representative",
  "Controller's DPO",
  "Categories of processing",
  "Third-country transfers",
  "Security measures",
  "Agreement",
  "Started on",
  "Ended on",
  "Status",
] as const;

export interface ProcessorRecordRow {
  controllerName: string;
  controllerContact: string;
  controllerRepresentative: string;
  controllerDpo: string;
  categories: string;
  agreementReference: string;
  startedOn: string | null;
  endedOn: string | null;
  status: EntryStatus;
  measures: string[];
  transfers: Array<{ recipient: string; country: string; mechanism: TransferMechanism; safeguards: string }>;
}

const SEPARATOR = "; ";
const join = (...parts: string[]) => parts.filter(Boolean).join(" · ");

/** The processor's record as CSV: the processor block (the organisation, Art. 30(2)(a)), a blank line, the table. */
export function processorRecordCsv(org: OrganisationDetails | null, rows: ProcessorRecordRow[], generatedAt: Date): string {
  const head = [
    csvLine(["Record of processing activities carried out as a processor (Art. 30(2) GDPR)"]),
    csvLine(["Processor", org?.controllerName ?? ""]),
    csvLine(["Address", org ? join(org.address, org.country) : ""]),
    csvLine(["Contact", org ? join(org.contactEmail, org.contactPhone) : ""]),
    csvLine(["Representative (Art. 27)", org?.representative ?? ""]),
    csvLine(["Data protection officer", org ? join(org.dpoName, org.dpoEmail, org.dpoPhone) : ""]),
    csvLine(["Generated", generatedAt.toISOString()]),
    "\r\n",
  ];
  const body = rows.map((r) =>
    csvLine([
      r.controllerName,
      r.controllerContact,
      r.controllerRepresentative,
      r.controllerDpo,
      r.categories,
      r.transfers.length ? r.transfers.map((t) => [t.recipient, t.country, MECHANISM_LABELS[t.mechanism], t.safeguards].filter(Boolean).join(" — ")).join(SEPARATOR) : "None",
      r.measures.join(SEPARATOR),
      r.agreementReference,
      r.startedOn ?? "",
      r.endedOn ?? "",
      ENTRY_STATUS_LABELS[r.status],
    ]),
  );
  return CSV_BOM + head.join("") + csvLine(PROCESSOR_RECORD_COLUMNS) + body.join("");
}
