import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { apiKeyFromAuthorization, generateApiKey, hashApiKey, type ApiKeyScope, type CreateApiKeyInput } from "@/lib/api-keys";
import { isApiKeyScope } from "@/lib/api-keys/scopes";
import { getDb } from "@/db";
import { apiKeys, users } from "@/db/schema";
import { withAudit, type Actor } from "@/db/queries/audit";
import { ok, refuse, type Outcome } from "@/lib/outcome";

/** Creates a key; the result holds the key itself, the only time anyone sees it. Never refused. */
export async function createApiKey(actor: Actor, input: CreateApiKeyInput) {
  const generated = generateApiKey();
  const created = await withAudit(
    actor,
    async (tx) => {
      const [row] = await tx
        .insert(apiKeys)
        .values({ name: input.name, prefix: generated.prefix, keyHash: generated.hash, scopes: input.scopes, createdBy: actor.type === "user" ? actor.id : null })
        .returning({ id: apiKeys.id, prefix: apiKeys.prefix, scopes: apiKeys.scopes, createdAt: apiKeys.createdAt });
      return row!;
    },
    (row) => ({ action: "apikey.create", entityType: "api_key", entityId: row.id, summary: { name: input.name, prefix: row.prefix, scopes: row.scopes } }),
  );
  return ok({ ...created, name: input.name, key: generated.key });
}

const revoker = alias(users, "revoker");

export async function listApiKeys() {
  return getDb()
    .select({
      id: apiKeys.id,
      name: apiKeys.name,
      prefix: apiKeys.prefix,
      scopes: apiKeys.scopes,
      createdAt: apiKeys.createdAt,
      createdByName: users.name,
      lastUsedAt: apiKeys.lastUsedAt,
      revokedAt: apiKeys.revokedAt,
      revokedByName: revoker.name,
    })
    .from(apiKeys)
    .leftJoin(users, eq(users.id, apiKeys.createdBy))
    .leftJoin(revoker, eq(revoker.id, apiKeys.revokedBy))
    // Active keys first, newest first within each group.
    .orderBy(sql`${apiKeys.revokedAt} is not null`, desc(apiKeys.createdAt), desc(apiKeys.id));
}

export type ApiKeyListRow = Awaited<ReturnType<typeof listApiKeys>>[number];

export type RevokeResult = Outcome<{ name: string; prefix: string }>;

/** Revokes a key at once: the next request with it gets 401. Revoking twice changes nothing. */
export async function revokeApiKey(actor: Actor, id: string): Promise<RevokeResult> {
  return withAudit(
    actor,
    async (tx): Promise<RevokeResult> => {
      const [key] = await tx.select({ name: apiKeys.name, prefix: apiKeys.prefix, revokedAt: apiKeys.revokedAt }).from(apiKeys).where(eq(apiKeys.id, id)).for("update");
      if (!key) return refuse("not_found", "That key no longer exists. Reload the page.");
      if (key.revokedAt) return refuse("conflict", "That key was already revoked.");
      await tx
        .update(apiKeys)
        .set({ revokedAt: new Date(), revokedBy: actor.type === "user" ? actor.id : null })
        .where(eq(apiKeys.id, id));
      return ok({ name: key.name, prefix: key.prefix });
    },
    (result) => (result.ok ? { action: "apikey.revoke", entityType: "api_key", entityId: id, summary: { name: result.name, prefix: result.prefix } } : []),
  );
}

export interface AuthenticatedApiKey {
  keyId: string;
  scopes: ApiKeyScope[];
}

// Recording every use would turn each API read into a write; a minute's precision is enough to see a key is in use.
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * The key named by an `Authorization: Bearer …` header, if it exists and is not revoked. The
 * lookup is by SHA-256 through a unique index, so no comparison of the secret itself takes
 * place whose timing could leak how much of a guess was right.
 */
export async function authenticateApiKey(header: string | null | undefined): Promise<AuthenticatedApiKey | null> {
  const key = apiKeyFromAuthorization(header);
  if (!key) return null;
  const db = getDb();
  const [row] = await db
    .select({ id: apiKeys.id, scopes: apiKeys.scopes, lastUsedAt: apiKeys.lastUsedAt })
    .from(apiKeys)
    .where(and(eq(apiKeys.keyHash, hashApiKey(key)), isNull(apiKeys.revokedAt)))
    .limit(1);
  if (!row) return null;
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    // The condition is repeated in SQL so that concurrent requests write it once between them.
    await db
      .update(apiKeys)
      .set({ lastUsedAt: sql`now()` })
      .where(and(eq(apiKeys.id, row.id), sql`(${apiKeys.lastUsedAt} is null or ${apiKeys.lastUsedAt} < now() - interval '1 minute')`));
  }
  return { keyId: row.id, scopes: row.scopes.filter(isApiKeyScope) };
}
