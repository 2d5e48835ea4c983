import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { eq } from "drizzle-orm";
import { authenticateApiKey, createApiKey, listApiKeys, revokeApiKey } from "@/db/queries/api-keys";
import { apiKeys, auditLog, users } from "@/db/schema";
import { seedDemoData } from "@/db/seed/run";
import { apiKeyFromAuthorization, createApiKeySchema, hashApiKey } from "@/lib/api-keys";
import { refuse } from "@/lib/outcome";
import { useTestDatabase } from "../helpers/db";

describe("API keys", () => {
  let db: Awaited<ReturnType<typeof useTestDatabase>>;
  let dpoId: string;
  before(async () => {
    db = await useTestDatabase();
    await seedDemoData(new Date("2026-11-29T12:00:00Z"));
    const [dpo] = await db.handle.db.select({ id: users.id }).from(users).where(eq(users.role, "dpo"));
    dpoId = dpo!.id;
  });
  after(() => db.cleanup());

  it("creates a key that is returned once and stored only as its SHA-256", async () => {
    const created = await createApiKey({ type: "user", id: dpoId }, { name: "Website widget", scopes: ["chats:write"] });
    assert.match(created.key, /^dpo_[A-Za-z0-9_-]{43}$/);
    assert.equal(created.prefix, created.key.slice(0, 12));
    const [row] = await db.handle.db.select().from(apiKeys).where(eq(apiKeys.id, created.id));
    assert.equal(row!.keyHash, hashApiKey(created.key));
    assert.match(row!.keyHash, /^[0-9a-f]{64}$/);
    // Nowhere in the row is the key itself.
    assert.ok(!JSON.stringify(row).includes(created.key.slice(12)));
    assert.deepEqual(row!.scopes, ["chats:write"]);
    assert.equal(row!.createdBy, dpoId);

    const [entry] = await db.handle.db.select().from(auditLog).where(eq(auditLog.entityId, created.id));
    assert.equal(entry!.action, "apikey.create");
    assert.equal(entry!.actorId, dpoId);
    assert.deepEqual(entry!.summary, { name: "Website widget", prefix: created.prefix, scopes: ["chats:write"] });
    assert.ok(!JSON.stringify(entry).includes(created.key.slice(12)), "the audit trail never holds the key");
  });

  it("authenticates a bearer key with its scopes and records the last use at most once a minute", async () => {
    const created = await createApiKey({ type: "system" }, { name: "Reader", scopes: ["chats:read", "chats:write"] });
    const auth = await authenticateApiKey(`Bearer ${created.key}`);
    assert.deepEqual(auth, { keyId: created.id, scopes: ["chats:read", "chats:write"] });
    const [first] = await db.handle.db.select({ at: apiKeys.lastUsedAt }).from(apiKeys).where(eq(apiKeys.id, created.id));
    assert.ok(first!.at instanceof Date);
    await authenticateApiKey(`bearer ${created.key}`);
    const [second] = await db.handle.db.select({ at: apiKeys.lastUsedAt }).from(apiKeys).where(eq(apiKeys.id, created.id));
    assert.equal(second!.at!.getTime(), first!.at!.getTime(), "a second use within the minute writes nothing");

    // Pretend the last use was two minutes ago: the next use moves it.
    await db.handle.db.update(apiKeys).set({ lastUsedAt: new Date(Date.now() - 120_000) }).where(eq(apiKeys.id, created.id));
    await authenticateApiKey(`Bearer ${created.key}`);
    const [third] = await db.handle.db.select({ at: apiKeys.lastUsedAt }).from(apiKeys).where(eq(apiKeys.id, created.id));
    assert.ok(Date.now() - third!.at!.getTime() < 60_000);
  });

  it("refuses missing, malformed, unknown and other-scheme credentials", async () => {
    const created = await createApiKey({ type: "system" }, { name: "Scheme test", scopes: ["chats:read"] });
    for (const header of [null, "", "Bearer", `Basic ${created.key}`, `Bearer ${created.key}x`, `Bearer dpo_${"A".repeat(43)}`, created.key]) {
      assert.equal(await authenticateApiKey(header), null, `refused: ${String(header).slice(0, 20)}`);
    }
    assert.equal(apiKeyFromAuthorization(`Bearer   ${created.key}  `), created.key);
  });

  it("revokes a key at once, audited, and refuses revoking twice or an unknown key", async () => {
    const created = await createApiKey({ type: "user", id: dpoId }, { name: "To revoke", scopes: ["chats:write"] });
    assert.ok(await authenticateApiKey(`Bearer ${created.key}`));
    assert.deepEqual(await revokeApiKey({ type: "user", id: dpoId }, created.id), { ok: true, name: "To revoke", prefix: created.prefix });
    assert.equal(await authenticateApiKey(`Bearer ${created.key}`), null);
    assert.deepEqual(await revokeApiKey({ type: "user", id: dpoId }, created.id), refuse("conflict", "That key was already revoked."));
    assert.deepEqual(await revokeApiKey({ type: "user", id: dpoId }, "00000000-0000-4000-8000-000000000000"), refuse("not_found", "That key no longer exists. Reload the page."));

    const entries = await db.handle.db.select().from(auditLog).where(eq(auditLog.entityId, created.id));
    assert.deepEqual(entries.map((e) => e.action).sort(), ["apikey.create", "apikey.revoke"], "a refused revoke writes no entry");

    const listed = (await listApiKeys()).find((k) => k.id === created.id)!;
    assert.ok(listed.revokedAt instanceof Date);
    assert.equal(typeof listed.revokedByName, "string");
    assert.ok(!("keyHash" in listed), "the list never carries the hash");
    const list = await listApiKeys();
    assert.ok(list.findIndex((k) => k.revokedAt) > list.findLastIndex((k) => !k.revokedAt), "active keys are listed first");
  });

  it("validates the form: a name and at least one known scope", () => {
    const ok = createApiKeySchema.safeParse({ name: " Chat ", scopes: ["chats:read", "chats:write", "chats:read"] });
    assert.ok(ok.success);
    assert.deepEqual(ok.data, { name: "Chat", scopes: ["chats:write", "chats:read"] });
    assert.deepEqual(createApiKeySchema.parse({ name: "One", scopes: "chats:read" }).scopes, ["chats:read"]);
    const none = createApiKeySchema.safeParse({ name: "", scopes: undefined });
    assert.ok(!none.success);
    assert.deepEqual(none.error.issues.map((i) => i.path[0]).sort(), ["name", "scopes"]);
    assert.ok(!createApiKeySchema.safeParse({ name: "x", scopes: ["admin"] }).success);
  });
});
