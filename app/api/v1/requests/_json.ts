import { apiError, readLimitedBody } from "@/lib/http";

// A request and its details are small: a larger body is a mistake or an attack.
const MAX_BODY_BYTES = 64 * 1024;

/** The JSON body of a request API call, or the error answer to send instead. */
export async function readJson(request: Request): Promise<{ ok: true; json: unknown } | { ok: false; response: Response }> {
  const type = request.headers.get("content-type");
  if (type && !/^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(type.trim())) {
    return { ok: false, response: apiError(415, "unsupported_media_type", "Send JSON (Content-Type: application/json).") };
  }
  const body = await readLimitedBody(request, MAX_BODY_BYTES);
  if (!body.ok) return body;
  if (!body.text.trim()) return { ok: true, json: {} };
  try {
    return { ok: true, json: JSON.parse(body.text) };
  } catch {
    return { ok: false, response: apiError(400, "invalid_json", "The body is not valid JSON.") };
  }
}
