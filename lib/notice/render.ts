import { createHash } from "node:crypto";
import { canonicalJson } from "@/lib/audit/hash";
import type { NoticeBlock, NoticeSection, PrivacyNotice } from "./types";

/**
 * The notice as plain text, one paragraph or list item per line, with no markup: the form versions
 * are compared in (a line-based diff), and what a reader would copy.
 */
export function noticeText(notice: PrivacyNotice): string {
  const lines: string[] = [notice.title];
  if (notice.introduction) lines.push("", ...notice.introduction.split("\n"));
  notice.sections.forEach((section, i) => renderSection(lines, section, `${i + 1}`));
  return `${lines.join("\n")}\n`;
}

function renderSection(lines: string[], section: NoticeSection, number: string) {
  lines.push("", `${number}. ${section.heading}`);
  for (const block of section.blocks) renderBlock(lines, block);
  section.subsections?.forEach((sub, i) => renderSection(lines, sub, `${number}.${i + 1}`));
}

function renderBlock(lines: string[], block: NoticeBlock) {
  lines.push("");
  if (block.type === "paragraph") lines.push(block.text);
  else if (block.type === "list") lines.push(...block.items.map((item) => `• ${item}`));
  else if (block.type === "link") lines.push(`${block.text}: ${block.href}`);
  else lines.push(...block.items.map((f) => `${f.label}: ${f.text}`));
}

/** SHA-256 of the notice's canonical JSON: equal notices hash equal whatever order jsonb gives the keys back in. */
export function noticeHash(notice: PrivacyNotice): string {
  return createHash("sha256").update(canonicalJson(notice)).digest("hex");
}
