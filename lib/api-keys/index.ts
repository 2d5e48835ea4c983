// API keys: generation, hashing and scopes. Pure (no database); db/queries/api-keys.ts stores them.
export { API_KEY_MARKER, API_KEY_PREFIX_LENGTH, apiKeyFromAuthorization, apiKeyPrefix, generateApiKey, hashApiKey, isWellFormedApiKey, type GeneratedApiKey } from "./key";
export { API_KEY_SCOPE_LABELS, API_KEY_SCOPES, isApiKeyScope, type ApiKeyScope } from "./scopes";
export { createApiKeySchema, revokeApiKeySchema, scopeList, type CreateApiKeyInput } from "./schema";
