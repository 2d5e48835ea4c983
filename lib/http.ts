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

/**
 * A refusal of the data layer as the API answers it: the same sentence the UI shows. `invalidCode`
 * keeps an endpoint's established code for bad input (the chat API's `invalid_batch`).
 */
export function refusalResponse(refusal: Refusal, { invalidCode }: { invalidCode?: string } = {}): Response {
  return apiError(
    REFUSAL_STATUS[refusal.code],
    refusal.code === "invalid" && invalidCode ? invalidCode : refusalApiCode(refusal.code),
    refusal.message,
    refusal.details ?? (refusal.field ? [`${refusal.field}: ${refusal.message}`] : undefined),
  );
}

/** A failure the client cannot fix: logged by kind only (a driver's message may quote chat text), answered 500. */
export function internalError(label: string, error: unknown): Response {
  console.error(`[api] ${label}: ${describeError(error)}`);
  return apiError(500, "internal_error", "The request could not be completed. Nothing was written; try again later.");
}

export type BodyResult = { ok: true; text: string } | { ok: false; response: Response };

/**
 * Reads a body of at most `maxBytes`, refusing early: a declared Content-Length above the limit is
 * refused unread, and a body without one (chunked) is read only up to the limit, never further.
 */
export async function readLimitedBody(request: Request, maxBytes: number): Promise<BodyResult> {
  const tooLarge = () => ({
    ok: false as const,
    response: apiError(413, "payload_too_large", `The body is larger than ${maxBytes} bytes. Send fewer conversations per request.`),
  });
  const declared = request.headers.get("content-length")?.trim();
  if (declared) {
    if (!/^\d+$/.test(declared)) return { ok: false, response: apiError(400, "invalid_request", "The Content-Length header is not a number.") };
    if (Number(declared) > maxBytes) return tooLarge();
  }
  if (!request.body) return { ok: true, text: "" };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, response: apiError(400, "invalid_json", "The body is not valid UTF-8.") };
  }
}
