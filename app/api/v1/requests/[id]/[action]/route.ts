import { z } from "zod";
import { applyApiAction, getRequestById, requestForApi } from "@/db/queries/requests-api";
import { deliverNow } from "@/db/queries/requests-mail";
import { API_ACTIONS, apiActionSchemas, describeIssues, type ApiAction } from "@/lib/requests/api-schema";
import { apiActor, requireApiKey } from "../../../_auth";
import { apiError, apiJson, internalError } from "../../../_http";
import { readJson, refusalResponse } from "../../_json";

export const dynamic = "force-dynamic";

const isAction = (a: string): a is ApiAction => (API_ACTIONS as readonly string[]).includes(a);

/**
 * The queue's actions: verify, assign, extend, reject, close. Same rules and same audit entries as the UI;
 * a refusal is 409 (not now: closed, first month over…) or 400 (the input), with the UI's sentence.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string; action: string }> }): Promise<Response> {
  try {
    const auth = await requireApiKey(request, "requests:write");
    if (auth.response) return auth.response;
    const { id, action } = await params;
    if (!isAction(action)) return apiError(400, "unknown_action", `Unknown action "${action.slice(0, 40)}". Accepted actions: ${API_ACTIONS.join(", ")}.`);
    if (!z.uuid().safeParse(id).success) return apiError(404, "not_found", "There is no request with this id.");
    const body = await readJson(request);
    if (!body.ok) return body.response;
    const parsed = apiActionSchemas[action].safeParse(body.json);
    if (!parsed.success) return apiError(400, "invalid_request", `The ${action} body is not valid; nothing was written.`, describeIssues(parsed.error));
    const result = await applyApiAction(apiActor(auth.key), id, action, parsed.data as never);
    if (!result.ok) return refusalResponse(result);
    await deliverNow(result.outboxIds);
    const row = await getRequestById(id);
    return apiJson(requestForApi(row!));
  } catch (error) {
    return internalError("requests.action", error);
  }
}
