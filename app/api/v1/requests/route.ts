import { createRequestFromApi, getRequestById, requestForApi, deliverNow } from "@/db/queries/requests";
import { apiCreateSchema, describeIssues } from "@/lib/requests/api-schema";
import { apiActor, requireApiKey } from "../_auth";
import { apiError, apiJson, internalError, refusalResponse } from "@/lib/http";
import { readJson } from "./_json";

export const dynamic = "force-dynamic";

/**
 * Records a request another system received: `{ type, receivedAt, channel?, subject: { name?, email?, phone? },
 * details?, assigneeId?, acknowledge? }`. The clock starts at receivedAt; the answer carries the due date.
 */
export async function POST(request: Request): Promise<Response> {
  try {
    const auth = await requireApiKey(request, "requests:write");
    if (auth.response) return auth.response;
    const body = await readJson(request);
    if (!body.ok) return body.response;
    const parsed = apiCreateSchema(new Date()).safeParse(body.json);
    if (!parsed.success) return apiError(400, "invalid_request", "The request is not valid; nothing was written.", describeIssues(parsed.error));
    const created = await createRequestFromApi(apiActor(auth.key), parsed.data);
    if (!created.ok) return refusalResponse(created);
    await deliverNow(created.outboxIds);
    const row = await getRequestById(created.request.id);
    return apiJson(requestForApi(row!), 201, { Location: `/api/v1/requests/${created.request.id}` });
  } catch (error) {
    return internalError("requests.post", error);
  }
}
