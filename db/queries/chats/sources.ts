import { and, asc, count, eq, gte, inArray, lte, max, sum } from "drizzle-orm";
import type { ChatBatch } from "@/lib/chats/batch-schema";
import { generateWebhookToken, openCredentials, sealCredentials, type ChatwootCredentials } from "@/lib/chats/secret-box";
import { getDb } from "@/db";
import { chatSourceDaily, chatSources, conversations } from "@/db/schema";
import { withAudit, type Actor } from "@/db/queries/audit";
import { ok, refuse, type Outcome } from "@/lib/outcome";
import { ingestBatchInTx } from "./ingest";
import { checkBatchTimes } from "./ingest-prepare";

// The chat platforms feeding conversations in. Audit summaries name the source and what changed,
// never a token or signing secret (stripSecrets would drop such keys anyway; none are put there).

/** Every source with what it holds now: conversations, messages, and when the last message arrived. */
export async function listSourcesWithStats() {
  const db = getDb();
  const held = db
    .select({
      sourceId: conversations.sourceId,
      conversations: count().as("conversations"),
      messages: sum(conversations.messageCount).mapWith(Number).as("messages"),
      lastMessageAt: max(conversations.lastMessageAt).as("last_message_at"),
    })
    .from(conversations)
    .groupBy(conversations.sourceId)
    .as("held");
  const rows = await db
    .select({
      id: chatSources.id,
      key: chatSources.key,
      name: chatSources.name,
      kind: chatSources.kind,
      createdAt: chatSources.createdAt,
      lastReceivedAt: chatSources.lastReceivedAt,
      sealed: chatSources.webhookSecretEncrypted,
      conversations: held.conversations,
      messages: held.messages,
      lastMessageAt: held.lastMessageAt,
    })
    .from(chatSources)
    .leftJoin(held, eq(held.sourceId, chatSources.id))
    .orderBy(asc(chatSources.name), asc(chatSources.key));
  return rows.map(({ sealed, ...row }) => {
    const credentials = row.kind === "chatwoot" ? openCredentials(sealed, row.key) : null;
    return {
      ...row,
      conversations: row.conversations ?? 0,
      messages: row.messages ?? 0,
      // For Chatwoot sources: whether requests can authenticate at all, and by signature too.
      webhook: row.kind === "chatwoot" ? { readable: credentials !== null, signatureCheck: Boolean(credentials?.signingSecret) } : null,
    };
  });
}

export type SourceRow = Awaited<ReturnType<typeof listSourcesWithStats>>[number];

function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Messages received per source and day over the last `days` days (UTC, today included), from the
 * counters ingest keeps: the chart never scans messages. Days without messages are zeros.
 */
export async function sourceDailyVolume({ days = 30, now = new Date() }: { days?: number; now?: Date } = {}) {
  const end = utcDay(now);
  const start = utcDay(new Date(now.getTime() - (days - 1) * 86_400_000));
  const rows = await getDb()
    .select({ day: chatSourceDaily.day, sourceId: chatSourceDaily.sourceId, messages: sum(chatSourceDaily.messages).mapWith(Number) })
    .from(chatSourceDaily)
    .where(and(gte(chatSourceDaily.day, start), lte(chatSourceDaily.day, end)))
    .groupBy(chatSourceDaily.day, chatSourceDaily.sourceId);
  const byDay = new Map<string, Record<string, number>>();
  for (const r of rows) byDay.set(r.day, { ...byDay.get(r.day), [r.sourceId]: r.messages });
  return Array.from({ length: days }, (_, i) => {
    const day = utcDay(new Date(Date.parse(`${start}T00:00:00Z`) + i * 86_400_000));
    return { day, bySource: byDay.get(day) ?? {} };
  });
}

export type DailyVolume = Awaited<ReturnType<typeof sourceDailyVolume>>;

/** What the webhook needs to authenticate a request for `key`: null when there is no such source. */
export async function getSourceForWebhook(key: string) {
  const [row] = await getDb()
    .select({ id: chatSources.id, key: chatSources.key, kind: chatSources.kind, sealed: chatSources.webhookSecretEncrypted })
    .from(chatSources)
    .where(eq(chatSources.key, key))
    .limit(1);
  if (!row) return null;
  return { id: row.id, key: row.key, kind: row.kind, credentials: openCredentials(row.sealed, row.key), hasSealed: row.sealed !== null };
}

/** The conversations of one Chatwoot contact we hold, for applying the contact's new details to them. */
export async function knownConversationsOfVisitor(sourceId: string, visitorExternalId: string, limit = 500) {
  return getDb()
    .select({ externalId: conversations.externalId, startedAt: conversations.startedAt })
    .from(conversations)
    .where(and(eq(conversations.sourceId, sourceId), eq(conversations.visitorExternalId, visitorExternalId)))
    .orderBy(asc(conversations.startedAt))
    .limit(limit);
}

export type CreateSourceResult = Outcome<{ id: string; key: string; token: string }>;

const NOT_A_CHATWOOT_SOURCE = refuse("not_found", "This source does not exist any more, or is not a Chatwoot source.");

/** Creates a Chatwoot source with a fresh token, returned once: only its sealed form is stored. */
export async function createChatwootSource(actor: Actor, input: { key: string; name: string }): Promise<CreateSourceResult> {
  const token = generateWebhookToken();
  const sealed = sealCredentials({ token, signingSecret: null }, input.key);
  return withAudit(
    actor,
    async (tx): Promise<CreateSourceResult> => {
      const [row] = await tx
        .insert(chatSources)
        .values({ key: input.key, name: input.name, kind: "chatwoot", webhookSecretEncrypted: sealed })
        .onConflictDoNothing({ target: chatSources.key })
        .returning({ id: chatSources.id });
      return row ? ok({ id: row.id, key: input.key, token }) : refuse("taken", "A source with this key exists already. Choose another key.", "key");
    },
    (r) => (r.ok ? { action: "chat_source.create", entityType: "chat_source", entityId: r.id, summary: { key: input.key, name: input.name, kind: "chatwoot" } } : []),
  );
}

async function updateCredentials(
  actor: Actor,
  id: string,
  change: (current: ChatwootCredentials | null) => ChatwootCredentials,
  describe: (key: string) => { action: string; summary: Record<string, unknown> },
) {
  return withAudit(
    actor,
    async (tx) => {
      const [source] = await tx
        .select({ key: chatSources.key, kind: chatSources.kind, sealed: chatSources.webhookSecretEncrypted })
        .from(chatSources)
        .where(eq(chatSources.id, id))
        .for("update");
      if (!source || source.kind !== "chatwoot") return null;
      const next = change(openCredentials(source.sealed, source.key));
      await tx.update(chatSources).set({ webhookSecretEncrypted: sealCredentials(next, source.key) }).where(eq(chatSources.id, id));
      return { key: source.key, credentials: next };
    },
    (r) => (r ? { entityType: "chat_source", entityId: id, ...describe(r.key) } : []),
  );
}

/**
 * A new token for a Chatwoot source; the old one stops working at once. The signing secret (Chatwoot's)
 * is kept. Also the way out when the stored secrets cannot be read any more (AUTH_SECRET was changed).
 */
export async function rotateChatwootToken(actor: Actor, id: string): Promise<Outcome<{ key: string; token: string }>> {
  const token = generateWebhookToken();
  const result = await updateCredentials(
    actor,
    id,
    (current) => ({ token, signingSecret: current?.signingSecret ?? null }),
    (key) => ({ action: "chat_source.rotate_token", summary: { key } }),
  );
  return result ? ok({ key: result.key, token }) : NOT_A_CHATWOOT_SOURCE;
}

/** Stores the signing secret Chatwoot shows for its webhook (null removes it), so signed requests authenticate. */
export async function setChatwootSigningSecret(actor: Actor, id: string, signingSecret: string | null): Promise<Outcome<{ key: string }>> {
  const result = await updateCredentials(
    actor,
    id,
    (current) => ({ token: current?.token ?? generateWebhookToken(), signingSecret }),
    (key) => ({ action: "chat_source.signature_check", summary: { key, signatureCheck: signingSecret ? "on" : "off" } }),
  );
  return result ? ok({ key: result.key }) : NOT_A_CHATWOOT_SOURCE;
}

/** Renames any source; its key (what batches and the webhook URL name) does not change. */
export async function renameSource(actor: Actor, id: string, name: string): Promise<Outcome<{ key: string; changed: boolean }>> {
  return withAudit(
    actor,
    async (tx) => {
      const [source] = await tx.select({ key: chatSources.key, name: chatSources.name }).from(chatSources).where(eq(chatSources.id, id)).for("update");
      if (!source) return null;
      if (source.name === name) return { key: source.key, from: name, changed: false };
      await tx.update(chatSources).set({ name }).where(eq(chatSources.id, id));
      return { key: source.key, from: source.name, changed: true };
    },
    (r) => (r?.changed ? { action: "chat_source.rename", entityType: "chat_source", entityId: id, summary: { key: r.key, from: r.from, to: name } } : []),
  ).then((r) => (r ? ok({ key: r.key, changed: r.changed }) : refuse("not_found", "This source does not exist any more.")));
}

// ---------------------------------------------------------------- imports

export interface ImportOutcome {
  conversations: { received: number; inserted: number; duplicates: number };
  messages: { received: number; inserted: number; duplicates: number };
  findings: number;
  /** The first conversations of the file, to open them from the result. */
  sample: Array<{ id: string; source: string; externalId: string }>;
}

/**
 * Writes a checked file's batches in ONE transaction: a failure in any batch (a constraint, the
 * database going away) leaves nothing of the file. Each source fed gets an audit entry with the
 * counts and the file's SHA-256, never text, identifiers or the file's name. Implausible times are
 * refused, each named, before anything is written.
 */
export async function importChatBatches(actor: Actor, batches: ChatBatch[], file: { sha256: string; format: "csv" | "json" }): Promise<Outcome<ImportOutcome>> {
  const refusal = checkBatchTimes(batches);
  if (refusal) return refusal;
  type PerSource = { sourceId: string; key: string; conversations: number; messages: number; findings: number; batches: number };
  const result = await withAudit(
    actor,
    async (tx) => {
      const total: ImportOutcome = { conversations: { received: 0, inserted: 0, duplicates: 0 }, messages: { received: 0, inserted: 0, duplicates: 0 }, findings: 0, sample: [] };
      const perSource = new Map<string, PerSource>();
      const seen = new Set<string>();
      for (const batch of batches) {
        const r = await ingestBatchInTx(tx, batch, { sourceKind: "import" });
        // A conversation split over two batches is one conversation of the file.
        const fresh = batch.conversations.filter((c) => !seen.has(`${batch.source}\u0000${c.externalId}`));
        for (const c of fresh) seen.add(`${batch.source}\u0000${c.externalId}`);
        total.conversations.received += fresh.length;
        total.conversations.inserted += r.conversations.inserted;
        for (const k of ["received", "inserted", "duplicates"] as const) total.messages[k] += r.messages[k];
        total.findings += r.findings;
        const s = perSource.get(r.sourceId) ?? { sourceId: r.sourceId, key: batch.source, conversations: 0, messages: 0, findings: 0, batches: 0 };
        s.conversations += r.conversations.inserted;
        s.messages += r.messages.inserted;
        s.findings += r.findings;
        s.batches += 1;
        perSource.set(r.sourceId, s);
        if (total.sample.length < 20) {
          const ids = fresh.slice(0, 20 - total.sample.length).map((c) => c.externalId);
          const rows = await tx
            .select({ id: conversations.id, externalId: conversations.externalId })
            .from(conversations)
            .where(and(eq(conversations.sourceId, r.sourceId), inArray(conversations.externalId, ids)));
          const byExternal = new Map(rows.map((row) => [row.externalId, row.id]));
          for (const id of ids) if (byExternal.has(id)) total.sample.push({ id: byExternal.get(id)!, source: batch.source, externalId: id });
        }
      }
      total.conversations.duplicates = total.conversations.received - total.conversations.inserted;
      return { total, perSource: [...perSource.values()] };
    },
    (r) =>
      r.perSource.map((s) => ({
        action: "chats.import",
        entityType: "chat_source",
        entityId: s.sourceId,
        summary: { via: "import", format: file.format, sha256: file.sha256, source: s.key, batches: s.batches, conversationsInserted: s.conversations, messagesInserted: s.messages, findings: s.findings },
      })),
  );
  return ok(result.total);
}
