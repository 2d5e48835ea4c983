import { z } from "zod";
import { idList, optionalText, requiredText } from "@/lib/forms";
import { checkTransfer, transferFields } from "@/lib/inventory/form-schema";
import { ARCHIVE_FILTERS, type ArchiveFilter } from "@/lib/inventory/labels";
import { isIsoDate } from "@/lib/time";
import { firstValues, type SearchParams } from "@/lib/search-params";

// Art. 30(2): forms, list parameters and labels of the processor-side record. Pure: tests import it.

export const ENTRY_STATUSES = ["active", "ended"] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];
export const ENTRY_STATUS_LABELS: Record<EntryStatus, string> = { active: "Active", ended: "Ended" };

export const ENTRY_SORTS = ["controller", "controller_desc", "updated"] as const;
export type EntrySort = (typeof ENTRY_SORTS)[number];
export const ENTRY_SORT_LABELS: Record<EntrySort, string> = { controller: "Controller A–Z", controller_desc: "Controller Z–A", updated: "Recently changed" };

export const ENTRY_ENTITY = "controller_processing";

const LONG = 5000;

const optionalDate = z
  .string()
  .optional()
  .transform((value, ctx) => {
    const v = value?.trim() ?? "";
    if (!v) return null;
    if (!isIsoDate(v)) {
      ctx.addIssue({ code: "custom", message: "Enter a valid date." });
      return z.NEVER;
    }
    return v;
  });

export const entryFormSchema = z
  .object({
    controllerName: requiredText(300, "Name the controller you process for."),
    controllerContact: optionalText(LONG),
    controllerRepresentative: optionalText(LONG),
    controllerDpo: optionalText(LONG),
    categories: requiredText(LONG, "Describe the categories of processing carried out for this controller (Art. 30(2)(b))."),
    agreementReference: optionalText(300),
    startedOn: optionalDate,
    endedOn: optionalDate,
    status: z.enum(ENTRY_STATUSES, { error: "Choose a status." }),
    measureIds: idList("Choose security measures from the list."),
  })
  .superRefine((v, ctx) => {
    if (v.startedOn && v.endedOn && v.endedOn < v.startedOn) ctx.addIssue({ code: "custom", path: ["endedOn"], message: "The end cannot be before the start." });
    if (v.status === "ended" && !v.endedOn) ctx.addIssue({ code: "custom", path: ["endedOn"], message: "Give the date the processing ended." });
  });

export type EntryInput = z.infer<typeof entryFormSchema>;

export const entryTransferSchema = z.object({ entryId: z.uuid("Unknown entry."), ...transferFields }).superRefine(checkTransfer);

export type EntryTransferInput = z.infer<typeof entryTransferSchema>;

export type EntryFormValues = Record<string, string>;

export function entryToFormValues(e: {
  controllerName: string;
  controllerContact: string;
  controllerRepresentative: string;
  controllerDpo: string;
  categories: string;
  agreementReference: string;
  startedOn: string | null;
  endedOn: string | null;
  status: string;
}): EntryFormValues {
  return {
    controllerName: e.controllerName,
    controllerContact: e.controllerContact,
    controllerRepresentative: e.controllerRepresentative,
    controllerDpo: e.controllerDpo,
    categories: e.categories,
    agreementReference: e.agreementReference,
    startedOn: e.startedOn ?? "",
    endedOn: e.endedOn ?? "",
    status: e.status,
  };
}

export const ENTRY_PAGE_SIZE = 20;

// Unknown or malformed values fall back to "no filter": URLs get edited by hand.
const listSchema = z.object({
  status: z.enum(ENTRY_STATUSES).optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
  archived: z.enum(ARCHIVE_FILTERS).catch("active"),
  sort: z.enum(ENTRY_SORTS).catch("controller"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export interface EntryListParams {
  status?: EntryStatus;
  search?: string;
  archived: ArchiveFilter;
  sort: EntrySort;
  page: number;
  pageSize: number;
}

export function parseEntryListParams(raw: SearchParams): { query: EntryListParams; urlValues: Record<string, string | undefined> } {
  const p = listSchema.parse(firstValues(raw));
  const q = p.q || undefined;
  return {
    query: { status: p.status, search: q, archived: p.archived, sort: p.sort, page: p.page, pageSize: ENTRY_PAGE_SIZE },
    urlValues: { status: p.status, q, archived: p.archived === "active" ? undefined : p.archived, sort: p.sort === "controller" ? undefined : p.sort },
  };
}

const FIELD_LABELS: Record<string, string> = {
  controllerName: "controller",
  controllerContact: "controller contact",
  controllerRepresentative: "representative",
  controllerDpo: "controller's DPO",
  categories: "categories of processing",
  agreementReference: "agreement",
  startedOn: "start",
  endedOn: "end",
  status: "status",
  measureIds: "security measures",
};

/** One audit entry about an entry as a sentence for its history. */
export function describeEntryEvent(action: string, summary: Record<string, unknown>): string {
  switch (action) {
    case "controller_processing.create":
      return "Recorded";
    case "controller_processing.archive":
      return "Archived";
    case "controller_processing.restore":
      return "Restored";
    case "controller_processing.transfer_add":
      return `Transfer added${typeof summary.country === "string" ? ` (${summary.country})` : ""}`;
    case "controller_processing.transfer_remove":
      return `Transfer removed${typeof summary.country === "string" ? ` (${summary.country})` : ""}`;
    case "controller_processing.update": {
      const changed = Array.isArray(summary.changed) ? summary.changed.filter((c): c is string => typeof c === "string") : [];
      const status = summary.status as { from?: string; to?: string } | undefined;
      const parts = changed.map((f) =>
        f === "status" && status ? `status: ${ENTRY_STATUS_LABELS[status.from as EntryStatus] ?? "—"} → ${ENTRY_STATUS_LABELS[status.to as EntryStatus] ?? "—"}` : (FIELD_LABELS[f] ?? f),
      );
      return parts.length ? `Changed ${parts.join(", ")}` : "Changed";
    }
    default:
      return action;
  }
}
