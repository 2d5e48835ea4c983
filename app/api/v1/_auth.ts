import { authenticateApiKey, type AuthenticatedApiKey } from "@/db/queries/api-keys";
import type { Actor } from "@/db/queries/audit";
import type { ApiKeyScope } from "@/lib/api-keys";
import { apiError } from "@/lib/http";

const CHALLENGE = { "WWW-Authenticate": 'Bearer realm="dpo-desk"' };

/**
 * Every /api/v1 handler starts here: 401 without a valid, unrevoked key (the same answer whether the key
 * is missing, unknown or revoked, so nothing is learned by guessing), 403 when the key lacks the scope.
 */
export async function requireApiKey(
  request: Request,
  scope: ApiKeyScope,
): Promise<{ key: AuthenticatedApiKey; response?: undefined } | { key?: undefined; response: Response }> {
  const header = request.headers.get("authorization");
  if (!header) {
    return { response: apiError(401, "unauthorized", "Send an API key as 'Authorization: Bearer <key>'. The DPO creates keys under Settings → API keys.", undefined, CHALLENGE) };
  }
  const key = await authenticateApiKey(header);
  if (!key) return { response: apiError(401, "unauthorized", "The API key is not valid: it is unknown, malformed or revoked.", undefined, CHALLENGE) };
  if (!key.scopes.includes(scope)) return { response: apiError(403, "forbidden", `This API key does not have the ${scope} scope.`) };
  return { key };
}

export function apiActor(key: AuthenticatedApiKey): Actor {
  return { type: "api", keyId: key.keyId };
}
