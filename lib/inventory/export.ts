import ExcelJS from "exceljs";
import { CSV_BOM, csvLine } from "@/lib/csv";
import type { OrganisationDetails } from "@/lib/organisation/details";
import {
  ART9_LABELS,
  DPIA_LABELS,
  LEGAL_BASIS_LABELS,
  MECHANISM_LABELS,
  type Art9Condition,
  type DpiaStatus,
  type LegalBasis,
  type TransferMechanism,
} from "./labels";

// The snapshot keeps codes (enum values), not labels: a relabelled enum must not change the hash of
// content that did not change. Labels are applied when a version is rendered.
export interface SnapshotTransfer {
  recipient: string;
  country: string;
  mechanism: TransferMechanism;
  safeguards: string;
}

export interface SnapshotActivity {
  name: string;
  purposes: string;
  legalBasis: LegalBasis | null;
  legitimateInterest: string;
  art9Condition: Art9Condition | null;
  subjectCategories: string[];
  dataCategories: Array<{ name: string; special: boolean }>;
  recipients: string;
  transfers: SnapshotTransfer[];
  retention: string;
  measures: string[];
  source: string;
  systems: string;
  owner: string | null;
  dpiaStatus: DpiaStatus;
}

export interface RecordSnapshot {
  organisation: OrganisationDetails | null;
  activities: SnapshotActivity[];
}

export interface VersionStamp {
  version: number;
  contentHash: string;
  createdAt: Date;
}

export type ExportFormat = "csv" | "xlsx";
export const EXPORT_FORMATS: readonly ExportFormat[] = ["csv", "xlsx"];

// The order of the Art. 30(1) templates the supervisory authorities publish (ICO, CNIL): what is done
// and why, on what basis, about whom, what data, to whom, where, how long, how protected.
export const RECORD_COLUMNS = [
  "Activity",
  "Purposes",
  "Legal basis",
  "Legitimate interest",
  "Art. 9 condition",
  "Categories of data subjects",
  "Categories of personal data",
  "Special categories",
  "Recipients",
  "Third-country transfers",
  "Retention",
  "Security measures",
  "Source",
  "Systems",
  "Owner",
  "DPIA",
] as const;

// Several values in one cell: a separator that is not a comma, so the cell stays readable in CSV.
const LIST_SEPARATOR = "; ";

export function transferText(t: SnapshotTransfer): string {
  return [t.recipient, t.country, MECHANISM_LABELS[t.mechanism], t.safeguards].filter(Boolean).join(" — ");
}

/** One row per activity, one cell per column of RECORD_COLUMNS, in that order. */
export function recordRows(snapshot: RecordSnapshot): string[][] {
  return snapshot.activities.map((a) => {
    const special = a.dataCategories.filter((c) => c.special).map((c) => c.name);
    return [
      a.name,
      a.purposes,
      a.legalBasis ? LEGAL_BASIS_LABELS[a.legalBasis] : "Not set",
      a.legitimateInterest,
      a.art9Condition ? ART9_LABELS[a.art9Condition] : "",
      a.subjectCategories.join(LIST_SEPARATOR),
      a.dataCategories.map((c) => c.name).join(LIST_SEPARATOR),
      special.length ? special.join(LIST_SEPARATOR) : "None",
      a.recipients,
      a.transfers.length ? a.transfers.map(transferText).join(LIST_SEPARATOR) : "None",
      a.retention,
      a.measures.join(LIST_SEPARATOR),
      a.source,
      a.systems,
      a.owner ?? "",
      DPIA_LABELS[a.dpiaStatus],
    ];
  });
}

export function stampText(stamp: VersionStamp): string {
  return `Version ${stamp.version} · SHA-256 ${stamp.contentHash}`;
}

/** The controller block that heads every export: Art. 30(1)(a) and the version stamp. */
export function controllerRows(snapshot: RecordSnapshot, stamp: VersionStamp): Array<[string, string]> {
  const o = snapshot.organisation;
  const join = (...parts: Array<string | undefined>) => parts.filter(Boolean).join(" · ");
  return [
    ["Controller", o?.controllerName ?? ""],
    ["Address", o ? join(o.address, o.country) : ""],
    ["Contact", o ? join(o.contactEmail, o.contactPhone) : ""],
    ["Representative (Art. 27)", o?.representative ?? ""],
    ["Data protection officer", o?.dpoName ?? ""],
    ["DPO contact", o ? join(o.dpoEmail, o.dpoPhone) : ""],
    ["Version", String(stamp.version)],
    ["SHA-256", stamp.contentHash],
    ["Created", stamp.createdAt.toISOString()],
  ];
}

export function exportFileName(version: number, format: ExportFormat): string {
  return `record-of-processing-v${version}.${format}`;
}

/** The whole record as CSV: the controller block, a blank line, then the header row and one row per activity. */
export function toCsv(snapshot: RecordSnapshot, stamp: VersionStamp): string {
  const head = [
    csvLine(["Record of processing activities (Art. 30(1) GDPR)"]),
    csvLine([stampText(stamp)]),
    ...controllerRows(snapshot, stamp).map((r) => csvLine(r)),
    "\r\n",
  ];
  return CSV_BOM + head.join("") + csvLine(RECORD_COLUMNS) + recordRows(snapshot).map((r) => csvLine(r)).join("");
}

/** The whole record as an XLSX workbook: the "Record" sheet in template order and a "Controller" sheet. */
export async function toXlsx(snapshot: RecordSnapshot, stamp: VersionStamp): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "DPO Desk";
  // Fixed to the version's date so the same version gives the same file metadata.
  workbook.created = stamp.createdAt;
  workbook.modified = stamp.createdAt;
  workbook.title = `Record of processing activities, ${stampText(stamp)}`;

  const record = workbook.addWorksheet("Record", { views: [{ state: "frozen", ySplit: 1 }] });
  record.columns = RECORD_COLUMNS.map((header) => ({ header, width: header === "Activity" ? 32 : 28 }));
  record.getRow(1).font = { bold: true };
  // Cell values are written as strings, never formulas, so typed text cannot run in the spreadsheet.
  for (const row of recordRows(snapshot)) record.addRow(row).alignment = { wrapText: true, vertical: "top" };

  const controller = workbook.addWorksheet("Controller");
  controller.columns = [{ width: 28 }, { width: 72 }];
  controller.addRow(["Record of processing activities (Art. 30(1) GDPR)"]).font = { bold: true };
  controller.addRow([stampText(stamp)]);
  for (const row of controllerRows(snapshot, stamp)) controller.addRow(row);

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
