import { z } from "zod";
import { fulfilAccessRequest, executeErasure, applyApiAction, getRequestById, requestForApi, deliverNow } from "@/db/queries/requests";
import type { Actor } from "@/db/queries/audit";
import { erasureException } from "@/db/schema";
import { API_ACTIONS, apiActionSchemas, describeIssues, type ApiAction } from "@/lib/requests/api-schema";
import { apiActor, requireApiKey } from "../../../_auth";
import { apiError, apiJson, internalError, refusalResponse } from "@/lib/http";
import { readJson } from "../../_json";
import { isUuid } from "@/lib/uuid";

export const dynamic = "force-dynamic";

const isAction = (a: string): a is ApiAction => (API_ACTIONS as readonly string[]).includes(a);
const ACCEPTED = [...API_ACTIONS, "fulfil"].join(", ");

const EXCEPTIONS = erasureException.enumValues;
const fulfilSchema = z.strictObject({
  exception: z.enum(EXCEPTIONS, { error: `exception is one of ${EXCEPTIONS.join(", ")}.` }).default("none"),
  note: z.string().trim().max(2000, "note is at most 2000 characters.").default(""),
});

/**
 * `fulfil`: erasure runs the erasure (Art. 17, with an optional 17(3) exception) and answers its certificate;
 * access and portability build the data package and release it when nothing needs review. The same
 * service functions, rules and audit entries as the request page.
 */
async function fulfil(actor: Actor, id: string, json: unknown): Promise<Response> {
  const row = await getRequestById(id);
  if (!row) return apiError(404, "not_found", "There is no request with this id.");
  const parsed = fulfilSchema.safeParse(json);
  if (!parsed.success) return apiError(400, "invalid_request", "The fulfil body is not valid; nothing was written.", describeIssues(parsed.error));
  if (row.type === "erasure") {
    const r = await executeErasure(actor, id, { exception: parsed.data.exception, note: parsed.data.note });
    if (!r.ok) return refusalResponse(r);
    const c = r.certificate;
    const after = await getRequestById(id);
    return apiJson({
      request: requestForApi(after!),
      alreadyErased: r.alreadyErased,
      certificate: {
        id: c.id,
        executedAt: c.executedAt.toISOString(),
        exception: c.exception,
        counts: {
          conversationsDeleted: c.conversationsDeleted,
          conversationsRedacted: c.conversationsRedacted,
          messagesDeleted: c.messagesDeleted,
          messagesRedacted: c.messagesRedacted,
          identifiersRemoved: c.identifiersRemoved,
          findingsRemoved: c.findingsRemoved,
          outboxRedacted: c.outboxRedacted,
          subjectRemoved: c.subjectRemoved,
        },
        idsHash: c.idsHash,
        kept: c.kept,
        processorsToNotify: c.processors,
      },
    });
  }
  if (row.type === "access" || row.type === "portability") {
    if (parsed.data.exception !== "none") return apiError(400, "invalid_request", "exception applies to erasure requests only; nothing was written.");
    const r = await fulfilAccessRequest(actor, id);
    if (!r.ok) return refusalResponse(r);
    const after = await getRequestById(id);
    return apiJson({ request: requestForApi(after!), accessPackage: { id: r.packageId, version: r.version, redactions: r.redactions, status: r.status } });
  }
  return apiError(409, "conflict", `A ${row.type} request has no automatic fulfilment: work it on the request page and close it with the close action.`);
}

/**
 * The queue's actions: verify, assign, extend, reject, close, fulfil. Same rules and same audit entries as the UI;
 * a refusal is 409 (not now: closed, first month over…) or 400 (the input), with the UI's sentence.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string; action: string }> }): Promise<Response> {
  try {
    const auth = await requireApiKey(request, "requests:write");
    if (auth.response) return auth.response;
    const { id, action } = await params;
    if (action !== "fulfil" && !isAction(action)) return apiError(400, "unknown_action", `Unknown action "${action.slice(0, 40)}". Accepted actions: ${ACCEPTED}.`);
    if (!isUuid(id)) return apiError(404, "not_found", "There is no request with this id.");
    const body = await readJson(request);
    if (!body.ok) return body.response;
    if (action === "fulfil") return await fulfil(apiActor(auth.key), id, body.json);
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
