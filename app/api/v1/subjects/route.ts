import { findConversationsMentioning, findSubjectsByIdentifier } from "@/db/queries/chats";
import { normaliseEmail, normalisePhone } from "@/lib/pii";
import { requireApiKey } from "../_auth";
import { apiError, apiJson, internalError } from "@/lib/http";

export const dynamic = "force-dynamic";

/**
 * The people known by an email address or phone number, with their identifiers and conversations, and
 * apart from them the conversations that only mention it (typed in a message: not those people's). The
 * identifier is normalised as at ingest (lower-case email, E.164 phone; numbers without a country code
 * are read as Swedish), so "070-123 45 67" finds "+46701234567".
 */
export async function GET(request: Request): Promise<Response> {
  try {
    const auth = await requireApiKey(request, "chats:read");
    if (auth.response) return auth.response;
    const raw = new URL(request.url).searchParams.get("identifier")?.trim() ?? "";
    if (!raw) return apiError(400, "invalid_identifier", "Give ?identifier= an email address or a phone number.");
    const email = raw.includes("@") ? normaliseEmail(raw) : null;
    const phone = email || raw.includes("@") ? null : normalisePhone(raw);
    const identifier = email ? { kind: "email" as const, value: email } : phone ? { kind: "phone" as const, value: phone } : null;
    if (!identifier) return apiError(400, "invalid_identifier", "The identifier is neither an email address nor a phone number.");
    const [subjects, mentionedIn] = await Promise.all([
      findSubjectsByIdentifier(identifier.kind, identifier.value),
      findConversationsMentioning(identifier.kind, identifier.value),
    ]);
    return apiJson({ identifier, subjects, mentionedIn });
  } catch (error) {
    return internalError("subjects.get", error);
  }
}
