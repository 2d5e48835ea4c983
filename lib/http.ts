import { describeError } from "@/lib/server-errors";
import { REFUSAL_STATUS, refusalApiCode, type Refusal } from "@/lib/outcome";

// Every JSON answer of a route handler: never cached, errors as { error: { code, message, details? } }.
const NO_STORE = { "Cache-Control": "no-store" };

export function apiJson(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { ...NO_STORE, ...headers } });
}

export function apiError(status: number, code: string, message: string, details?: string[], headers: Record<string, string> = {}): Response {
  return apiJson({ error: { code, message, ...(details?.length ? { details } : {}) } }, status, headers);
}

/** A refusal of the data layer as the API answers it: the same sentence the UI shows. */
export function refusalResponse(refusal: Refusal): Response {
  return apiError(
    REFUSAL_STATUS[refusal.code],
    refusalApiCode(refusal.code),
    refusal.message,
    refusal.field ? [`${refusal.field}: ${refusal.message}`] : undefined,
  );
}

/** A failure the client cannot fix: logged by kind only (a driver's message may quote chat text), answered 500. */
export function internalError(label: string, error: unknown): Response {
  console.error(`[api] ${label}: ${describeError(error)}`);
  return apiError(500, "internal_error", "The request could not be completed. Nothing was written; try again later.");
}
