import { getErasureCertificate } from "@/db/queries/requests";
import { getTimeZone } from "@/db/queries/time-zone";
import { authorizeRoute } from "@/lib/auth/guards";
import { apiError } from "@/lib/http";
import { formatDateTime } from "@/lib/time";
import { isUuid } from "@/lib/uuid";

export const dynamic = "force-dynamic";

const KEPT: Record<string, string> = { conversation_hold: "legal hold on the conversation", person_hold: "legal hold on the person", exception: "Art. 17(3) exception" };

/** The certificate of erasure as plain text: counts, the hash and ids only, never the person's data. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const guard = await authorizeRoute("requests:read");
  if (guard.response) return guard.response;
  const { id } = await params;
  if (!isUuid(id)) return apiError(404, "not_found", "There is no such request.");
  const c = await getErasureCertificate(id);
  if (!c) return apiError(404, "not_found", "This request has no certificate of erasure.");
  const tz = await getTimeZone();
  const lines = [
    "CERTIFICATE OF ERASURE (Art. 17 GDPR)",
    "",
    `Request: ${c.reference} (${c.requestId})`,
    `Person, as now referred to: ${c.pseudonym}`,
    `Executed: ${formatDateTime(c.executedAt, tz)} (${c.executedAt.toISOString()})`,
    `Executed by: ${c.executedByName ?? (c.executedVia === "api" ? "the API" : "a former user")}`,
    `Art. 17(3) exception: ${c.exception.replaceAll("_", " ")}${c.exceptionNote ? ` (${c.exceptionNote})` : ""}`,
    "",
    `Conversations deleted: ${c.conversationsDeleted}`,
    `Messages deleted: ${c.messagesDeleted}`,
    `Messages masked in other people's conversations: ${c.messagesRedacted} in ${c.conversationsRedacted} conversations`,
    `Identifiers removed: ${c.identifiersRemoved}`,
    `Findings removed: ${c.findingsRemoved}`,
    `E-mails redacted: ${c.outboxRedacted}`,
    `Person record removed: ${c.subjectRemoved ? "yes" : "no"}`,
    "",
    "Kept:",
    ...(c.kept.length ? c.kept.map((k) => `  conversation ${k.conversationId}: ${KEPT[k.reason] ?? k.reason}`) : ["  nothing"]),
    "",
    "Processors to tell (Art. 19):",
    ...(c.processors.length ? c.processors.map((p) => `  ${p.name}: ${p.notifiedAt ? `told ${p.notifiedAt}` : "not told yet"}`) : ["  none"]),
    "",
    `SHA-256 over the sorted ids erased: ${c.idsHash}`,
    "",
  ];
  return new Response(lines.join("\n"), {
    headers: {
      "content-type": "text/plain; charset=utf-8",
      "content-disposition": `attachment; filename="erasure-certificate-${c.reference}.txt"`,
      "cache-control": "no-store",
    },
  });
}
