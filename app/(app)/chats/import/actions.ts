"use server";

import { createHash } from "node:crypto";
import { revalidatePath } from "next/cache";
import { importChatBatches } from "@/db/queries/chats";
import { getTimeZone } from "@/db/queries/time-zone";
import { actorOf, authorizeAction } from "@/lib/auth/guards";
import { MAX_IMPORT_FILE_BYTES, planChatImport, type ImportPlan } from "@/lib/chats/csv-import";
import { INVALID_INPUT } from "@/lib/forms";
import { attemptWrite, WRITE_FAILED_MESSAGE } from "@/lib/server-errors";
import { MAX_SHOWN_ISSUES, type ChatImportState } from "./state";

async function readUpload(formData: FormData): Promise<{ text: string; name: string; error?: undefined } | { error: string }> {
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return { error: "Choose a CSV or JSON file." };
  if (file.size > MAX_IMPORT_FILE_BYTES) return { error: `The file is larger than ${MAX_IMPORT_FILE_BYTES / 1024 / 1024} MB. Split it into smaller files.` };
  const text = await file.text();
  if (text.includes("\u0000")) return { error: "This is not a text (CSV or JSON) file." };
  return { text, name: file.name.slice(0, 200) };
}

function previewState(plan: ImportPlan, fileHash: string, fileName: string, message?: string): ChatImportState {
  const { issues, summary } = plan;
  const fine = issues.length === 0;
  return {
    ok: fine,
    stage: "preview",
    message:
      message ??
      (fine
        ? `Ready: ${summary.conversations} conversation${summary.conversations === 1 ? "" : "s"} with ${summary.messages} message${summary.messages === 1 ? "" : "s"}. Nothing has been written yet.`
        : `The file has ${issues.length} problem${issues.length === 1 ? "" : "s"}. Nothing can be imported until they are fixed; nothing has been written.`),
    fileHash,
    fileName,
    format: plan.format,
    summary,
    issues: issues.slice(0, MAX_SHOWN_ISSUES),
    moreIssues: Math.max(0, issues.length - MAX_SHOWN_ISSUES),
  };
}

/**
 * One action for both steps. "preview" checks the file and writes nothing. "confirm" takes the file
 * again, checks that it is the one previewed, checks it again (the preview proves nothing) and
 * writes all of it in one transaction, or nothing.
 */
export async function importChatFileAction(_prev: ChatImportState, formData: FormData): Promise<ChatImportState> {
  const { user, denied } = await authorizeAction("chats:import");
  if (denied) return { ...denied, stage: "upload" };
  if (!(formData instanceof FormData)) return { ...INVALID_INPUT, stage: "upload" };
  const upload = await readUpload(formData);
  if (upload.error !== undefined) return { ok: false, message: upload.error, stage: "upload" };
  const fileHash = createHash("sha256").update(upload.text, "utf8").digest("hex");
  const plan = planChatImport(upload.text, { fileName: upload.name, timeZone: await getTimeZone() });

  if (formData.get("intent") !== "confirm") return previewState(plan, fileHash, upload.name);
  if (formData.get("fileHash") !== fileHash) {
    return previewState(plan, fileHash, upload.name, "The file is not the one you previewed. Here is the preview of this file; nothing has been written.");
  }
  if (plan.issues.length > 0) return previewState(plan, fileHash, upload.name);

  const result = await attemptWrite("chats.import", () => importChatBatches(actorOf(user), plan.batches, { sha256: fileHash, format: plan.format }));
  if (!result.ok) return { ok: false, message: `${WRITE_FAILED_MESSAGE} Nothing from the file was imported.`, stage: "upload" };
  if (!result.value.ok) {
    const refusal = result.value;
    const issues = (refusal.details ?? [refusal.message]).map((m) => ({ line: null, location: "File", field: "", message: m }));
    return previewState({ ...plan, issues }, fileHash, upload.name, "The database refused part of the file; nothing was imported.");
  }
  const r = result.value;
  revalidatePath("/chats");
  revalidatePath("/chats/sources");
  revalidatePath("/");
  return {
    ok: true,
    stage: "done",
    fileName: upload.name,
    summary: plan.summary,
    imported: { conversations: r.conversations, messages: r.messages, findings: r.findings, sample: r.sample },
    message: `Imported: ${r.conversations.inserted} new conversation${r.conversations.inserted === 1 ? "" : "s"} (${r.conversations.duplicates} already known), ${r.messages.inserted} new message${r.messages.inserted === 1 ? "" : "s"} (${r.messages.duplicates} already known), ${r.findings} finding${r.findings === 1 ? "" : "s"} of personal data.`,
  };
}
