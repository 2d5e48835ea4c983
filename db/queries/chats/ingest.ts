import { eq, sql } from "drizzle-orm";
import type { ChatBatch, IngestResult } from "@/lib/chats/batch-schema";
import { detectPersonalData, normaliseEmail, normalisePhone, type PiiMatch } from "@/lib/pii";
import { suggestRequestsInTx } from "@/db/queries/requests";
import type { Tx } from "@/db";
import { chatSources } from "@/db/schema";
import { withAudit, type Actor } from "@/db/queries/audit";
import { ok, type Outcome } from "@/lib/outcome";
import { checkBatchTimes, prepareBatch } from "./ingest-prepare";
import { jsonRows, queryRows } from "@/db/sql";
import { assignRetention } from "@/db/queries/retention";
import { linkSubjectsInTx, type ConversationIdentifiers, type LinkOutcome } from "@/db/queries/subjects";

export type IngestSourceKind = "api" | "chatwoot" | "import";

export interface IngestOptions {
  /** The kind a source gets when this batch is the first to name it; a known source keeps its own. */
  sourceKind: IngestSourceKind;
  /** When the batch counts as received: times more than a day after it are refused. Default: the clock. */
  now?: Date;
}

export interface IngestOutcome extends IngestResult {
  subjects: LinkOutcome;
}

// Concurrency, in three layers. (1) Batches of one source are serialised by a transaction-scoped advisory
// lock on the source key (different sources run side by side): their updates of the same conversations'
// counters never interleave, so two concurrent posts can neither deadlock nor lose a count. (2) Sources,
// conversations and messages are inserted with "on conflict do nothing" on their unique indexes, so a
// writer that skipped the lock still creates no duplicate. (3) People are linked under the subject-link
// lock (see subject-link.ts), because identifiers are shared across sources.
const SOURCE_LOCK_CLASS = 727_041;

/**
 * Writes one batch inside the caller's transaction: any failure rolls all of it back. Known conversations
 * and messages (same source and external ids) are not inserted again; new messages on a known conversation
 * are added. Each inserted message is run through the detector and its findings stored, the e-mails and
 * phones in it as mentions; people are linked by the identifiers of the visitor block only. About 15
 * statements per batch, whatever its size: no statement per message. The caller has refused implausible
 * times (checkBatchTimes) before its transaction; a batch that reaches here unchecked is a bug, and nothing
 * of it is written.
 */
export async function ingestBatchInTx(tx: Tx, batch: ChatBatch, opts: IngestOptions): Promise<IngestOutcome> {
  if (checkBatchTimes([batch], opts.now)) throw new Error("ingestBatchInTx: the batch's times were not checked before the transaction");
  const sourceKey = batch.source;
  const prepared = prepareBatch(batch, sourceKey);

  await tx.execute(sql`select pg_advisory_xact_lock(${sql.raw(String(SOURCE_LOCK_CLASS))}, hashtext(${sourceKey}))`);
  await tx.insert(chatSources).values({ key: sourceKey, name: sourceKey, kind: opts.sourceKind }).onConflictDoNothing({ target: chatSources.key });
  const [source] = await tx.select({ id: chatSources.id }).from(chatSources).where(eq(chatSources.key, sourceKey));
  const sourceId = source!.id;

  const inserted = await queryRows<{ id: string }>(
    tx,
    sql`insert into conversations (source_id, external_id, started_at, ended_at, category, visitor_external_id, visitor_name, visitor_email, visitor_phone)
        select ${sourceId}::uuid, x.external_id, x.started_at, x.ended_at, x.category, x.visitor_external_id, x.visitor_name, x.visitor_email, x.visitor_phone
          from json_to_recordset(${jsonRows(
            prepared.map((c) => ({
              external_id: c.externalId,
              started_at: c.startedAt,
              ended_at: c.endedAt,
              category: c.category,
              visitor_external_id: c.visitor.externalId,
              visitor_name: c.visitor.name,
              visitor_email: c.visitor.email,
              visitor_phone: c.visitor.phone,
            })),
          )}) as x(external_id text, started_at timestamptz, ended_at timestamptz, category text,
                   visitor_external_id text, visitor_name text, visitor_email text, visitor_phone text)
        on conflict (source_id, external_id) do nothing
        returning id`,
  );
  const rows = await queryRows<{ id: string; external_id: string; anonymised: boolean }>(
    tx,
    sql`select id, external_id, anonymised_at is not null as anonymised from conversations
         where source_id = ${sourceId}::uuid
           and external_id in (select value from json_array_elements_text(${JSON.stringify(prepared.map((c) => c.externalId))}::json))`,
  );
  const conversationOf = new Map(rows.map((r) => [r.external_id, r]));

  const messageRows = prepared.flatMap((c) => {
    const conversationId = conversationOf.get(c.externalId)!.id;
    return c.messages.map((m) => ({ conversation_id: conversationId, external_id: m.externalId, sent_at: m.sentAt, author: m.author, author_name: m.authorName, text: m.text }));
  });
  const insertedMessages = messageRows.length
    ? await queryRows<{ id: string | number | bigint; conversation_id: string; external_id: string }>(
        tx,
        sql`insert into messages (conversation_id, external_id, sent_at, author, author_name, text)
            select x.conversation_id, x.external_id, x.sent_at, x.author, x.author_name, x.text
              from json_to_recordset(${jsonRows(messageRows)})
                as x(conversation_id uuid, external_id text, sent_at timestamptz, author message_author, author_name text, text text)
            on conflict (conversation_id, external_id) do nothing
            returning id, conversation_id, external_id`,
      )
    : [];

  // Detection runs on what was inserted only: a re-posted message already has its findings.
  const messageByKey = new Map(messageRows.map((m) => [`${m.conversation_id}\u0000${m.external_id}`, m]));
  const perConversation = new Map<string, { inserted: number; lastSent: string | null; special: boolean }>();
  const mentionRows: { message_id: number; conversation_id: string; kind: string; value: string }[] = [];
  const perDay = new Map<string, number>();
  const findingRows: { message_id: number; conversation_id: string; type: string; subtype: string | null; start: number; end: number; confidence: number }[] = [];
  for (const row of insertedMessages) {
    const message = messageByKey.get(`${row.conversation_id}\u0000${row.external_id}`)!;
    const stats = perConversation.get(row.conversation_id) ?? { inserted: 0, lastSent: null, special: false };
    perConversation.set(row.conversation_id, stats);
    stats.inserted += 1;
    if (!stats.lastSent || message.sent_at > stats.lastSent) stats.lastSent = message.sent_at;
    const day = message.sent_at.slice(0, 10);
    perDay.set(day, (perDay.get(day) ?? 0) + 1);
    const messageId = Number(row.id);
    for (const match of detectPersonalData(message.text)) {
      // A span outside the text would fail the check constraint and with it the whole batch.
      if (!(match.start >= 0 && match.end > match.start && match.end <= message.text.length)) continue;
      findingRows.push({ message_id: messageId, conversation_id: row.conversation_id, type: match.type, subtype: match.subtype, start: match.start, end: match.end, confidence: match.confidence });
      if (match.type === "special_category") stats.special = true;
      // A mention of whoever holds it, whoever wrote it: it links nobody (only the visitor block does), but
      // erasure, access and the person page find other people's conversations that name someone through it.
      const mention = mentionIn(message.text, match);
      if (mention) mentionRows.push({ message_id: messageId, conversation_id: row.conversation_id, ...mention });
    }
  }
  if (findingRows.length) {
    await tx.execute(sql`insert into findings (message_id, conversation_id, type, subtype, start, "end", confidence)
      select x.message_id, x.conversation_id, x.type, x.subtype, x.start, x."end", x.confidence
        from json_to_recordset(${jsonRows(findingRows)})
          as x(message_id bigint, conversation_id uuid, type finding_type, subtype text, start integer, "end" integer, confidence real)`);
  }

  if (mentionRows.length) {
    await tx.execute(sql`insert into subject_mentions (message_id, conversation_id, kind, value)
      select x.message_id, x.conversation_id, x.kind, x.value
        from json_to_recordset(${jsonRows(mentionRows)}) as x(message_id bigint, conversation_id uuid, kind subject_identifier_kind, value text)
      on conflict (message_id, kind, value) do nothing`);
  }

  // A visitor asking for a right in the chat ("delete my data") becomes a suggested request for the DPO.
  await suggestRequestsInTx(
    tx,
    insertedMessages.map((row) => {
      const message = messageByKey.get(`${row.conversation_id}\u0000${row.external_id}`)!;
      return { id: Number(row.id), conversationId: row.conversation_id, author: message.author, text: message.text };
    }),
  );

  // Counters move by what this batch added, so concurrent writers (retention, masking) are not overwritten.
  // An anonymised conversation keeps its visitor block empty even if the platform sends it again.
  await tx.execute(sql`update conversations c set
      message_count = c.message_count + x.inserted,
      last_message_at = greatest(c.last_message_at, x.last_sent),
      has_special_category = c.has_special_category or x.special,
      started_at = least(c.started_at, x.started_at),
      ended_at = coalesce(x.ended_at, c.ended_at),
      category = coalesce(x.category, c.category),
      visitor_external_id = case when c.anonymised_at is null then coalesce(x.visitor_external_id, c.visitor_external_id) end,
      visitor_name = case when c.anonymised_at is null then coalesce(x.visitor_name, c.visitor_name) end,
      visitor_email = case when c.anonymised_at is null then coalesce(x.visitor_email, c.visitor_email) end,
      visitor_phone = case when c.anonymised_at is null then coalesce(x.visitor_phone, c.visitor_phone) end
    from json_to_recordset(${jsonRows(
      prepared.map((c) => {
        const id = conversationOf.get(c.externalId)!.id;
        const stats = perConversation.get(id);
        return {
          id,
          inserted: stats?.inserted ?? 0,
          last_sent: stats?.lastSent ?? null,
          special: stats?.special ?? false,
          started_at: c.startedAt,
          ended_at: c.endedAt,
          category: c.category,
          visitor_external_id: c.visitor.externalId,
          visitor_name: c.visitor.name,
          visitor_email: c.visitor.email,
          visitor_phone: c.visitor.phone,
        };
      }),
    )}) as x(id uuid, inserted integer, last_sent timestamptz, special boolean, started_at timestamptz, ended_at timestamptz, category text,
             visitor_external_id text, visitor_name text, visitor_email text, visitor_phone text)
    where c.id = x.id`);

  if (perDay.size) {
    await tx.execute(sql`insert into chat_source_daily (source_id, day, messages)
      select ${sourceId}::uuid, x.day, x.n from json_to_recordset(${jsonRows([...perDay].map(([day, n]) => ({ day, n })))}) as x(day date, n integer)
      on conflict (source_id, day) do update set messages = chat_source_daily.messages + excluded.messages`);
  }
  if (insertedMessages.length || inserted.length) {
    await tx.update(chatSources).set({ lastReceivedAt: sql`now()` }).where(eq(chatSources.id, sourceId));
  }

  // Only what the platform vouches for (the visitor block) says whose conversation it is.
  const linkItems: ConversationIdentifiers[] = prepared
    .filter((c) => !conversationOf.get(c.externalId)!.anonymised)
    .map((c) => ({ conversationId: conversationOf.get(c.externalId)!.id, visitorName: c.visitor.name, identifiers: c.identifiers }));
  const subjects = await linkSubjectsInTx(tx, linkItems);

  // Last: the rules may depend on the category and the special-category flag set above.
  await assignRetention(tx, rows.map((r) => r.id));

  const conversationsReceived = batch.conversations.length;
  const messagesReceived = batch.conversations.reduce((n, c) => n + c.messages.length, 0);
  return {
    sourceId,
    conversations: { received: conversationsReceived, inserted: inserted.length, duplicates: conversationsReceived - inserted.length },
    messages: { received: messagesReceived, inserted: insertedMessages.length, duplicates: messagesReceived - insertedMessages.length },
    findings: findingRows.length,
    subjects,
  };
}

function mentionIn(messageText: string, match: PiiMatch): { kind: "email" | "phone"; value: string } | null {
  const raw = messageText.slice(match.start, match.end);
  const value = match.type === "email" ? normaliseEmail(raw) : match.type === "phone" ? normalisePhone(raw) : null;
  return value ? { kind: match.type as "email" | "phone", value } : null;
}

/**
 * Ingests a batch with its audit entry in one transaction. The entry holds counts, never text or identifiers.
 * Refused, with each implausible time named, before anything is written.
 */
export async function ingestBatch(actor: Actor, batch: ChatBatch, opts: IngestOptions): Promise<Outcome<IngestOutcome>> {
  const refusal = checkBatchTimes([batch], opts.now);
  if (refusal) return refusal;
  const result = await withAudit(
    actor,
    (tx) => ingestBatchInTx(tx, batch, opts),
    (r) => ({
      action: "chats.ingest",
      entityType: "chat_source",
      entityId: r.sourceId,
      summary: {
        via: opts.sourceKind,
        conversations: r.conversations,
        messages: r.messages,
        findings: r.findings,
        subjects: { created: r.subjects.created, merged: r.subjects.merged, linked: r.subjects.linked },
      },
    }),
  );
  return ok(result);
}
