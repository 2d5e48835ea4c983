import { ingestBatch } from "@/db/queries/chats";
import { batchSchema, describeBatchIssues, MAX_BATCH_BYTES } from "@/lib/chats/batch-schema";
import { apiActor, requireApiKey } from "../_auth";
import { apiError, apiJson, internalError, readLimitedBody, refusalResponse } from "@/lib/http";

export const dynamic = "force-dynamic";

/**
 * Receives a batch of conversations from a chat platform. All or nothing: any invalid item is answered
 * 400 naming the item and field, and nothing of the batch is written. A 2xx answer is sent only after the
 * transaction committed: 201 when something new was stored, 200 when everything was already known.
 */
export async function POST(request: Request): Promise<Response> {
  try {
    const auth = await requireApiKey(request, "chats:write");
    if (auth.response) return auth.response;
    const type = request.headers.get("content-type");
    if (type && !/^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(type.trim())) {
      return apiError(415, "unsupported_media_type", "Send the batch as JSON (Content-Type: application/json).");
    }
    const body = await readLimitedBody(request, MAX_BATCH_BYTES);
    if (!body.ok) return body.response;
    let json: unknown;
    try {
      json = JSON.parse(body.text);
    } catch {
      return apiError(400, "invalid_json", "The body is not valid JSON.");
    }
    const parsed = batchSchema.safeParse(json);
    if (!parsed.success) {
      return apiError(400, "invalid_batch", "The batch is not valid; nothing was written.", describeBatchIssues(parsed.error));
    }
    let result;
    try {
      result = await ingestBatch(apiActor(auth.key), parsed.data, { sourceKind: "api" });
    } catch (error) {
      return internalError("conversations.ingest", error);
    }
    if (!result.ok) return refusalResponse(result, { invalidCode: "invalid_batch" });
    const created = result.conversations.inserted + result.messages.inserted > 0;
    return apiJson(
      { sourceId: result.sourceId, conversations: result.conversations, messages: result.messages, findings: result.findings },
      created ? 201 : 200,
    );
  } catch (error) {
    return internalError("conversations.post", error);
  }
}
