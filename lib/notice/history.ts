/** One audit entry about the privacy notice as a sentence for its history. */
export function describeNoticeEvent(action: string, summary: Record<string, unknown>): string {
  if (action === "notice.introduction") return "Introduction edited";
  if (action === "notice.publish") return typeof summary.version === "number" ? `Version ${summary.version} published` : "Published";
  return action;
}
