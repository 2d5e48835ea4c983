import { apiError, apiJson, internalError, readLimitedBody, refusalResponse } from "@/lib/http";
import { ingestBatch, getSourceForWebhook, knownConversationsOfVisitor } from "@/db/queries/chats";
import { batchSchema, describeBatchIssues } from "@/lib/chats/batch-schema";
import { contactUpdateBatch, mapParsedChatwootEvent, readChatwootEvent } from "@/lib/chats/chatwoot";
import { secretsEqual, verifyChatwootSignature } from "@/lib/chats/secret-box";

export const dynamic = "force-dynamic";

/** Chatwoot's payloads are small (one message, or a conversation with its last message); this is generous. */
const MAX_WEBHOOK_BYTES = 1024 * 1024;

const KEY_FORMAT = /^[a-z0-9][a-z0-9_-]{0,62}$/;

// One answer for an unknown source and a wrong secret: the endpoint does not say which sources exist.
const unauthorized = () => apiError(401, "unauthorized", "Unknown source, or the token or signature is missing or wrong. Nothing was written.");

/**
 * Receives Chatwoot's webhook events for one Chatwoot source. The request authenticates with the
 * source's token in the URL (`?token=`), or with Chatwoot's `X-Chatwoot-Signature` when the DPO
 * stored the webhook's signing secret. Events we do not handle are acknowledged (200) so Chatwoot
 * does not report failures for them; a 2xx for a handled event means it is committed.
 */
export async function POST(request: Request, { params }: { params: Promise<{ source: string }> }): Promise<Response> {
  try {
    const key = (await params).source;
    if (!KEY_FORMAT.test(key)) return unauthorized();
    const source = await getSourceForWebhook(key);
    if (!source || source.kind !== "chatwoot") return unauthorized();
    if (!source.credentials) {
      // The key, not a secret: the DPO needs to know which source to rotate.
      console.error(`[webhook] chatwoot source "${source.key}": its stored secret cannot be read (was AUTH_SECRET changed?); rotate it on the Sources page`);
      return unauthorized();
    }

    const body = await readLimitedBody(request, MAX_WEBHOOK_BYTES);
    if (!body.ok) return body.response;

    const token = new URL(request.url).searchParams.get("token");
    const byToken = token !== null && secretsEqual(token, source.credentials.token);
    const bySignature =
      !byToken &&
      source.credentials.signingSecret !== null &&
      verifyChatwootSignature({
        secret: source.credentials.signingSecret,
        body: new TextEncoder().encode(body.text),
        timestamp: request.headers.get("x-chatwoot-timestamp"),
        signature: request.headers.get("x-chatwoot-signature"),
      });
    if (!byToken && !bySignature) return unauthorized();

    let json: unknown;
    try {
      json = JSON.parse(body.text);
    } catch {
      return apiError(400, "invalid_json", "The body is not valid JSON.");
    }
    const read = readChatwootEvent(json);
    if (read.status === "invalid") return apiError(400, "invalid_event", read.message);
    if (read.status === "ignored") return apiJson({ ignored: true, event: read.event, reason: "DPO Desk does not use this event." });

    const mapped = mapParsedChatwootEvent(read.event, source.key);
    if (mapped.kind === "skip") return apiJson({ ignored: true, event: read.event.event, reason: mapped.reason });
    let batch = mapped.kind === "batch" ? mapped.batch : null;
    if (mapped.kind === "contact") {
      batch = contactUpdateBatch(source.key, mapped.visitor, await knownConversationsOfVisitor(source.id, mapped.visitorExternalId));
      if (!batch) return apiJson({ ignored: true, event: read.event.event, reason: "no conversation of this contact is held yet" });
    }
    const parsed = batchSchema.safeParse(batch);
    if (!parsed.success) return apiError(400, "invalid_event", "The event could not be mapped to a conversation.", describeBatchIssues(parsed.error));

    let result;
    try {
      result = await ingestBatch({ type: "system" }, parsed.data, { sourceKind: "chatwoot" });
    } catch (error) {
      return internalError("webhooks.chatwoot.ingest", error);
    }
    if (!result.ok) return refusalResponse(result, { invalidCode: "invalid_event" });
    return apiJson({ event: read.event.event, conversations: result.conversations, messages: result.messages, findings: result.findings });
  } catch (error) {
    return internalError("webhooks.chatwoot", error);
  }
}
