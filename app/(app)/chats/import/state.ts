import type { ImportOutcome } from "@/db/queries/chats";
import type { ImportIssue, ImportPlan } from "@/lib/chats/csv-import";

/** What the import form shows: the upload, the preview of the checked file, then the result. */
export interface ChatImportState {
  ok: boolean;
  message: string;
  stage: "upload" | "preview" | "done";
  /** The SHA-256 of the previewed file: the confirmation must send the very same file. */
  fileHash?: string;
  fileName?: string;
  format?: ImportPlan["format"];
  summary?: ImportPlan["summary"];
  /** The first problems; `moreIssues` counts the rest. */
  issues?: ImportIssue[];
  moreIssues?: number;
  imported?: ImportOutcome;
}

export const initialChatImportState: ChatImportState = { ok: false, message: "", stage: "upload" };

/** The preview lists this many problems; a file with more has a systematic mistake worth fixing first. */
export const MAX_SHOWN_ISSUES = 200;
