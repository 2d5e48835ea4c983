import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { eq } from "drizzle-orm";
import { ingestBatch, createChatwootSource, importChatBatches, getSourceForWebhook, listSourcesWithStats, renameSource, rotateChatwootToken, setChatwootSigningSecret, sourceDailyVolume } from "@/db/queries/chats";
import { auditLog, chatSources, conversations, messages, users } from "@/db/schema";
import { seedDemoData } from "@/db/seed/run";
import { planCsvImport } from "@/lib/chats/csv-import";
import { openCredentials } from "@/lib/chats/secret-box";
import { resetEnvCache } from "@/lib/env";
import { refuse } from "@/lib/outcome";
import { useTestDatabase } from "../helpers/db";

describe("chat sources", () => {
  let db: Awaited<ReturnType<typeof useTestDatabase>>;
  let actor: { type: "user"; id: string };
  before(async () => {
    db = await useTestDatabase();
    await seedDemoData(new Date());
    const [dpo] = await db.handle.db.select({ id: users.id }).from(users).where(eq(users.role, "dpo"));
    actor = { type: "user", id: dpo!.id };
  });
  after(() => db.cleanup());

  const auditOf = (entityId: string) => db.handle.db.select({ action: auditLog.action, summary: auditLog.summary, actorId: auditLog.actorId }).from(auditLog).where(eq(auditLog.entityId, entityId));

  it("creates a Chatwoot source whose token is stored only encrypted, and audits it without the token", async () => {
    const created = await createChatwootSource(actor, { key: "chatwoot-main", name: "Chatwoot — main site" });
    assert.ok(created.ok);
    assert.match(created.token, /^[A-Za-z0-9_-]{43}$/);
    const [row] = await db.handle.db.select().from(chatSources).where(eq(chatSources.id, created.id));
    assert.equal(row!.kind, "chatwoot");
    assert.ok(row!.webhookSecretEncrypted);
    assert.ok(!row!.webhookSecretEncrypted!.includes(created.token), "the token is not readable in the database");
    assert.deepEqual(openCredentials(row!.webhookSecretEncrypted, "chatwoot-main"), { token: created.token, signingSecret: null });
    const audit = await auditOf(created.id);
    assert.deepEqual(audit.map((a) => a.action), ["chat_source.create"]);
    assert.deepEqual(audit[0]!.summary, { key: "chatwoot-main", name: "Chatwoot — main site", kind: "chatwoot" });
    assert.equal(audit[0]!.actorId, actor.id);
    assert.ok(!JSON.stringify(audit).includes(created.token));
  });

  it("refuses a key that is taken, by any kind of source", async () => {
    await ingestBatch({ type: "system" }, { source: "shop-app", conversations: [{ externalId: "w-1", startedAt: new Date().toISOString(), visitor: {}, messages: [] }] }, { sourceKind: "api" });
    const taken = refuse("taken", "A source with this key exists already. Choose another key.", "key");
    assert.deepEqual(await createChatwootSource(actor, { key: "shop-app", name: "Shop app" }), taken);
    assert.deepEqual(await createChatwootSource(actor, { key: "chatwoot-main", name: "Again" }), taken);
  });

  it("sealed secrets do not open for another source, nor under another AUTH_SECRET", async () => {
    const [row] = await db.handle.db.select().from(chatSources).where(eq(chatSources.key, "chatwoot-main"));
    assert.equal(openCredentials(row!.webhookSecretEncrypted, "shop-app"), null);
    const saved = process.env.AUTH_SECRET;
    process.env.AUTH_SECRET = "another-secret-that-is-long-enough-to-be-valid";
    resetEnvCache();
    try {
      assert.equal(openCredentials(row!.webhookSecretEncrypted, "chatwoot-main"), null);
      assert.equal((await getSourceForWebhook("chatwoot-main"))!.credentials, null);
    } finally {
      if (saved === undefined) delete process.env.AUTH_SECRET;
      else process.env.AUTH_SECRET = saved;
      resetEnvCache();
    }
    assert.ok((await getSourceForWebhook("chatwoot-main"))!.credentials);
  });

  it("rotating gives a new token, keeps the signing secret, and is audited without either", async () => {
    const source = (await getSourceForWebhook("chatwoot-main"))!;
    assert.deepEqual(await setChatwootSigningSecret(actor, source.id, "ChatwootSigningSecret123"), { ok: true, key: "chatwoot-main" });
    const oldToken = source.credentials!.token;
    const rotated = await rotateChatwootToken(actor, source.id);
    assert.ok(rotated.ok);
    assert.equal(rotated.key, "chatwoot-main");
    assert.notEqual(rotated.token, oldToken);
    assert.deepEqual((await getSourceForWebhook("chatwoot-main"))!.credentials, { token: rotated.token, signingSecret: "ChatwootSigningSecret123" });
    const audit = await auditOf(source.id);
    assert.deepEqual(audit.map((a) => a.action), ["chat_source.create", "chat_source.signature_check", "chat_source.rotate_token"]);
    assert.deepEqual(audit[1]!.summary, { key: "chatwoot-main", signatureCheck: "on" });
    const all = JSON.stringify(audit);
    assert.ok(!all.includes(rotated.token) && !all.includes(oldToken) && !all.includes("ChatwootSigningSecret123"));
    assert.deepEqual(await setChatwootSigningSecret(actor, source.id, null), { ok: true, key: "chatwoot-main" });
    assert.equal((await getSourceForWebhook("chatwoot-main"))!.credentials!.signingSecret, null);
  });

  it("rotation is refused for a source that is not a Chatwoot one, and for an unknown id", async () => {
    const [website] = await db.handle.db.select({ id: chatSources.id }).from(chatSources).where(eq(chatSources.key, "shop-app"));
    const gone = refuse("not_found", "This source does not exist any more, or is not a Chatwoot source.");
    assert.deepEqual(await rotateChatwootToken(actor, website!.id), gone);
    assert.deepEqual(await rotateChatwootToken(actor, "00000000-0000-4000-8000-000000000000"), gone);
    assert.deepEqual(await setChatwootSigningSecret(actor, website!.id, "ChatwootSigningSecret123"), gone);
    const [row] = await db.handle.db.select({ sealed: chatSources.webhookSecretEncrypted }).from(chatSources).where(eq(chatSources.id, website!.id));
    assert.equal(row!.sealed, null);
  });

  it("renames a source, audits from and to, and writes nothing when the name is the same", async () => {
    const [website] = await db.handle.db.select({ id: chatSources.id }).from(chatSources).where(eq(chatSources.key, "shop-app"));
    assert.deepEqual(await renameSource(actor, website!.id, "Shop app chat"), { ok: true, key: "shop-app", changed: true });
    assert.deepEqual(await renameSource(actor, website!.id, "Shop app chat"), { ok: true, key: "shop-app", changed: false });
    const audit = (await auditOf(website!.id)).filter((a) => a.action === "chat_source.rename");
    assert.deepEqual(audit.map((a) => a.summary), [{ key: "shop-app", from: "shop-app", to: "Shop app chat" }]);
    assert.deepEqual(await renameSource(actor, "00000000-0000-4000-8000-000000000000", "x"), refuse("not_found", "This source does not exist any more."));
  });

  it("lists sources with what they hold, and the messages per day of the last 30 days", async () => {
    const now = new Date();
    const today = now.toISOString().slice(0, 10);
    const yesterday = new Date(now.getTime() - 86_400_000);
    await ingestBatch(
      { type: "system" },
      {
        source: "chatwoot-main",
        conversations: [
          {
            externalId: "5:1",
            startedAt: yesterday.toISOString(),
            visitor: {},
            messages: [
              { externalId: "1", sentAt: yesterday.toISOString(), author: "visitor", text: "Hi" },
              { externalId: "2", sentAt: now.toISOString(), author: "agent", text: "Hello" },
              { externalId: "3", sentAt: now.toISOString(), author: "visitor", text: "Thanks" },
            ],
          },
        ],
      },
      { sourceKind: "chatwoot" },
    );
    const rows = await listSourcesWithStats();
    const main = rows.find((r) => r.key === "chatwoot-main")!;
    assert.equal(main.conversations, 1);
    assert.equal(main.messages, 3);
    assert.ok(main.lastReceivedAt);
    assert.deepEqual(main.webhook, { readable: true, signatureCheck: false });
    const website = rows.find((r) => r.key === "shop-app")!;
    assert.deepEqual([website.name, website.kind, website.conversations, website.messages, website.webhook], ["Shop app chat", "api", 1, 0, null]);

    const volume = await sourceDailyVolume({ days: 30, now });
    assert.equal(volume.length, 30);
    assert.equal(volume.at(-1)!.day, today);
    assert.equal(volume.at(-1)!.bySource[main.id], 2);
    assert.equal(volume.at(-2)!.bySource[main.id], 1);
    assert.equal(volume[0]!.bySource[main.id], undefined);
  });

  it("imports a file's batches in one transaction: a failing later batch leaves nothing of the file", async () => {
    const countAll = async () => ({ c: (await db.handle.db.select({ id: conversations.id }).from(conversations)).length, m: (await db.handle.db.select({ id: messages.id }).from(messages)).length, a: (await db.handle.db.select({ id: auditLog.id }).from(auditLog)).length });
    const before = await countAll();
    const good = { source: "import-a", conversations: [{ externalId: "i-1", startedAt: "2026-03-02T09:00:00Z", visitor: {}, messages: [{ externalId: "1", sentAt: "2026-03-02T09:00:00Z", author: "visitor" as const, text: "Hi" }] }] };
    // Valid for the schema, refused before the transaction (a time in 2099), each time named.
    const implausible = { source: "import-b", conversations: [{ externalId: "i-2", startedAt: "2099-01-01T00:00:00Z", visitor: {}, messages: [] }] };
    assert.deepEqual(await importChatBatches(actor, [good, implausible], { sha256: "0".repeat(64), format: "json" }), {
      ok: false,
      code: "invalid",
      message: "The batch is not valid; nothing was written.",
      details: ["conversations[0].startedAt: must lie between 1970 and tomorrow"],
    });
    assert.deepEqual(await countAll(), before);
    // Past the schema (as a caller that skipped it would be), refused by the database: the second batch
    // fails after the first was written, and the file's one transaction takes the first back too.
    const broken = { source: "import-b", conversations: [{ externalId: "i-2", startedAt: "2026-03-02T09:00:00Z", visitor: {}, messages: [{ externalId: "1", sentAt: "2026-03-02T09:00:00Z", author: "robot" as "visitor", text: "Hi" }] }] };
    await assert.rejects(importChatBatches(actor, [good, broken], { sha256: "0".repeat(64), format: "json" }));
    assert.deepEqual(await countAll(), before);
    assert.equal((await db.handle.db.select().from(chatSources).where(eq(chatSources.key, "import-a"))).length, 0);
  });

  it("imports a planned CSV into its sources, idempotently, and audits each source without text", async () => {
    const header = "source,conversation_id,message_id,sent_at,author,text,visitor_email";
    const lines = [header, "import-c,c-1,1,2026-03-02T09:00:00Z,visitor,My card is 4111 1111 1111 1111,eva@example.se", "import-c,c-1,2,2026-03-02T09:01:00Z,agent,Please do not share it", "import-d,d-1,1,2026-03-02T10:00:00Z,visitor,Hej"];
    const plan = planCsvImport(lines.join("\n"), "Europe/Stockholm");
    assert.deepEqual(plan.issues, []);
    const first = await importChatBatches(actor, plan.batches, { sha256: "a".repeat(64), format: "csv" });
    assert.ok(first.ok);
    assert.deepEqual(first.conversations, { received: 2, inserted: 2, duplicates: 0 });
    assert.deepEqual(first.messages, { received: 3, inserted: 3, duplicates: 0 });
    assert.ok(first.findings >= 1);
    assert.deepEqual(first.sample.map((s) => [s.source, s.externalId]), [["import-c", "c-1"], ["import-d", "d-1"]]);
    const [kind] = await db.handle.db.select({ kind: chatSources.kind }).from(chatSources).where(eq(chatSources.key, "import-c"));
    assert.equal(kind!.kind, "import");
    const again = await importChatBatches(actor, plan.batches, { sha256: "a".repeat(64), format: "csv" });
    assert.ok(again.ok);
    assert.deepEqual([again.conversations.inserted, again.messages.inserted, again.messages.duplicates], [0, 0, 3]);
    const entries = await db.handle.db.select({ summary: auditLog.summary }).from(auditLog).where(eq(auditLog.action, "chats.import"));
    assert.equal(entries.length, 4);
    assert.ok(!JSON.stringify(entries).includes("4111") && !JSON.stringify(entries).includes("eva@"));
  });
});
