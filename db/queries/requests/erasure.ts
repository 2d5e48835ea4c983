import { createHash } from "node:crypto";
import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import { maskText, shiftOffset } from "@/lib/pii";
import type { Tx } from "@/db";
import * as schema from "@/db/schema";
import {
  conversations,
  dataSubjects,
  findings,
  messages,
  requestErasures,
  requestEvents,
  requestSuggestions,
  subjectIdentifiers,
  subjectRequests,
  type ErasureException,
  type RequestErasure,
} from "@/db/schema";
import { withAudit, type Actor } from "@/db/queries/audit";
import { queryRows } from "@/db/sql";
import { erasurePseudonym, planErasure, spansFor, type ErasurePlan, type PersonDetails } from "./erasure-plan";
import { ok, refuse, type Outcome } from "@/lib/outcome";
import { REQUEST_NOT_FOUND } from "./requests";
import { loadClockContext } from "./clock";
import { addRequestEvent } from "./events";
import { lockSubjectLinking } from "@/db/queries/subjects";


export const ERASED_TEXT = "[erased]";
// Event types whose text may quote the person (notes, e-mail subjects, verification notes); status lines do not.
const EVENT_TYPES_WITH_FREE_TEXT = ["created", "note", "email_sent", "verification_code_sent", "verification_code_failed", "identity_verified", "extended"] as const;

export interface ErasureInput {
  exception: ErasureException;
  note: string;
}

export interface ErasureOptions {
  now?: Date;
  /** Runs just before the transaction commits; a throw rolls everything back (tests force a failure with it). */
  beforeCommit?: () => Promise<void> | void;
}

export type ErasureOutcome = Outcome<{ certificate: RequestErasure; alreadyErased: boolean }>;

/**
 * Erases the request's person in ONE transaction with the certificate and the audit entry: their own
 * conversations (not held) with messages, findings and suggestions; their details masked in other people's
 * conversations; the person and identifiers; the request's own text, its timeline's free text, the e-mails
 * sent to them, any access package and web-form submission. Run again after success it changes nothing and
 * says so; a failure anywhere leaves everything as it was. With an Art. 17(3) exception the chat data and
 * the request stay and the certificate records the decision.
 */
export async function executeErasure(actor: Actor, requestId: string, input: ErasureInput, opts: ErasureOptions = {}): Promise<ErasureOutcome> {
  const now = opts.now ?? new Date();
  const result = await withAudit(
    actor,
    async (tx): Promise<{ outcome: ErasureOutcome; reference?: string; keptIds?: string[] }> => {
      // Before any row, as ingest and retention take it: nobody links or unlinks people while this reads them.
      await lockSubjectLinking(tx);
      const [row] = await tx.select().from(subjectRequests).where(eq(subjectRequests.id, requestId)).for("update");
      if (!row) return { outcome: REQUEST_NOT_FOUND };
      const [done] = await tx.select().from(requestErasures).where(eq(requestErasures.requestId, requestId));
      if (done) return { outcome: ok({ certificate: done, alreadyErased: true }) };
      if (row.type !== "erasure") return { outcome: refuse("conflict", "Only an erasure request can be erased.") };
      if (row.status !== "in_progress") return { outcome: refuse("conflict", "Erase once the work has started: verify the person's identity first, and erase before closing the request.") };
      if (input.exception !== "none" && input.note.trim().length === 0) return { outcome: refuse("invalid", "Say why the exception applies.", "note") };

      const ctx = await loadClockContext(tx);
      const plan = await planErasure(tx, row, input.exception, ctx.country);
      const pseudonym = erasurePseudonym(row.id);
      const erased = input.exception === "none" ? await eraseAll(tx, row, plan, pseudonym, ctx.country, now) : emptyCounts();
      const [certificate] = await tx
        .insert(requestErasures)
        .values({
          requestId,
          pseudonym,
          executedAt: now,
          executedBy: actor.type === "user" ? actor.id : null,
          executedVia: actor.type,
          ...erased.counts,
          idsHash: createHash("sha256").update([...erased.ids].sort().join("\n")).digest("hex"),
          exception: input.exception,
          exceptionNote: input.note.trim(),
          kept: plan.kept,
          processors: plan.processors.map((p) => ({ processorId: p.id, name: p.name, notifiedAt: null, notifiedBy: null })),
        })
        .returning();
      const c = certificate!;
      await addRequestEvent(
        tx,
        requestId,
        actor,
        "note",
        input.exception === "none"
          ? `Erased (Art. 17): ${c.conversationsDeleted} conversations and ${c.messagesDeleted} messages deleted, ${c.messagesRedacted} messages masked in others' conversations, ${c.identifiersRemoved} identifiers removed. Certificate hash ${c.idsHash.slice(0, 12)}…`
          : `Not erased: Art. 17(3) exception recorded (${input.exception.replaceAll("_", " ")}).`,
        { at: now },
      );
      await opts.beforeCommit?.();
      return { outcome: ok({ certificate: c, alreadyErased: false }), reference: row.reference, keptIds: plan.kept.map((k) => k.conversationId) };
    },
    // Ids, counts and the hash only: the trail keeps no trace of what was erased.
    ({ outcome, reference, keptIds }) => {
      if (!outcome.ok || outcome.alreadyErased) return [];
      const c = outcome.certificate;
      return {
        action: "request.erase",
        entityType: "subject_request",
        entityId: requestId,
        summary: {
          reference,
          certificateId: c.id,
          exception: c.exception,
          conversationsDeleted: c.conversationsDeleted,
          conversationsRedacted: c.conversationsRedacted,
          messagesDeleted: c.messagesDeleted,
          messagesRedacted: c.messagesRedacted,
          identifiersRemoved: c.identifiersRemoved,
          findingsRemoved: c.findingsRemoved,
          outboxRedacted: c.outboxRedacted,
          subjectRemoved: c.subjectRemoved,
          keptConversationIds: keptIds,
          idsHash: c.idsHash,
        },
      };
    },
  );
  return result.outcome;
}

function emptyCounts() {
  const counts = { conversationsDeleted: 0, conversationsRedacted: 0, messagesDeleted: 0, messagesRedacted: 0, identifiersRemoved: 0, findingsRemoved: 0, outboxRedacted: 0, subjectRemoved: 0 };
  return { counts, ids: [] as string[] };
}

async function eraseAll(tx: Tx, row: typeof subjectRequests.$inferSelect, plan: ErasurePlan, pseudonym: string, country: string, now: Date) {
  const { counts, ids } = emptyCounts();
  const deleteIds = plan.toDelete.map((c) => c.id);
  if (deleteIds.length) {
    const [m] = await tx.select({ n: count() }).from(messages).where(inArray(messages.conversationId, deleteIds));
    const [f] = await tx.select({ n: count() }).from(findings).where(inArray(findings.conversationId, deleteIds));
    counts.messagesDeleted = m?.n ?? 0;
    counts.findingsRemoved += f?.n ?? 0;
    // Children first, set-based (suggestions cascade from their messages).
    await tx.delete(findings).where(inArray(findings.conversationId, deleteIds));
    await tx.delete(messages).where(inArray(messages.conversationId, deleteIds));
    await tx.delete(conversations).where(inArray(conversations.id, deleteIds));
    counts.conversationsDeleted = deleteIds.length;
    ids.push(...deleteIds.map((id) => `conversation:${id}`));
  }
  const masked = await maskShared(tx, plan, country);
  counts.messagesRedacted = masked.messages.length;
  counts.conversationsRedacted = masked.conversations;
  counts.findingsRemoved += masked.findingsRemoved;
  ids.push(...masked.messages.map((id) => `message:${id}`));
  // The mentions of the person's e-mails and phones held them in plain form: they go with the masked text.
  // A held conversation keeps its text as it is, and so its mentions.
  const keptIds = plan.kept.map((k) => k.conversationId);
  const mentions = await queryRows<{ id: string | number }>(
    tx,
    sql`delete from subject_mentions sm
         where ((sm.kind = 'email' and sm.value in (select value from json_array_elements_text(${JSON.stringify([...plan.want.emails])}::json)))
             or (sm.kind = 'phone' and sm.value in (select value from json_array_elements_text(${JSON.stringify([...plan.want.phones])}::json))))
           and sm.conversation_id not in (select value::uuid from json_array_elements_text(${JSON.stringify(keptIds)}::json))
        returning sm.id`,
  );
  ids.push(...mentions.map((m) => `mention:${m.id}`));
  if (plan.removePerson && plan.subjectId) {
    const gone = await tx.delete(subjectIdentifiers).where(eq(subjectIdentifiers.subjectId, plan.subjectId)).returning({ id: subjectIdentifiers.id });
    await tx.delete(dataSubjects).where(eq(dataSubjects.id, plan.subjectId));
    counts.identifiersRemoved = gone.length;
    counts.subjectRemoved = 1;
    ids.push(...gone.map((g) => `identifier:${g.id}`), `subject:${plan.subjectId}`);
  }
  const outboxIds = await redactOutbox(tx, row, plan.want, pseudonym);
  counts.outboxRedacted = outboxIds.length;
  ids.push(...outboxIds.map((id) => `outbox:${id}`), `request:${row.id}`);
  await redactRequest(tx, row, plan.want, pseudonym, now);
  return { counts, ids };
}

/** Masks the person's details in other people's messages, re-read under lock; findings and suggestions follow the text. */
async function maskShared(tx: Tx, plan: ErasurePlan, country: string) {
  const ids = plan.toMask.map((m) => m.messageId);
  if (ids.length === 0) return { messages: [] as number[], conversations: 0, findingsRemoved: 0 };
  const rows = await tx.select({ id: messages.id, conversationId: messages.conversationId, text: messages.text }).from(messages).where(inArray(messages.id, ids)).orderBy(asc(messages.id)).for("update");
  const done: number[] = [];
  const touched = new Set<string>();
  let findingsRemoved = 0;
  for (const m of rows) {
    const spans = spansFor(m.text, plan.want, country);
    if (spans.length === 0) continue;
    const { text, shifts } = maskText(m.text, spans);
    await tx.update(messages).set({ text }).where(eq(messages.id, m.id));
    const overlaps = (s: { start: number; end: number }) => spans.some((p) => s.start < p.end && s.end > p.start);
    for (const table of [findings, requestSuggestions] as const) {
      const spansHere = await tx.select({ id: table.id, start: table.start, end: table.end }).from(table).where(eq(table.messageId, m.id));
      for (const s of spansHere) {
        if (overlaps(s)) {
          // It pointed at the person's details, which are gone.
          await tx.delete(table).where(eq(table.id, s.id));
          if (table === findings) findingsRemoved++;
        } else {
          await tx.update(table).set({ start: shiftOffset(s.start, shifts), end: shiftOffset(s.end, shifts) }).where(eq(table.id, s.id));
        }
      }
    }
    done.push(m.id);
    touched.add(m.conversationId);
  }
  return { messages: done, conversations: touched.size, findingsRemoved };
}

/** E-mails sent to the person or naming them: the address and text go, the row stays as a record that one was sent. */
async function redactOutbox(tx: Tx, row: typeof subjectRequests.$inferSelect, want: PersonDetails, pseudonym: string) {
  const needles = [...want.emails, ...want.names, ...want.phones, ...[row.subjectName?.trim().toLowerCase()].filter((n): n is string => Boolean(n && n.length >= 3))];
  const hits = await queryRows<{ id: number }>(
    tx,
    sql`select o.id from outbox o
         where o.id in (select e.outbox_id from request_events e where e.request_id = ${row.id} and e.outbox_id is not null)
            or exists (select 1 from json_array_elements_text(${JSON.stringify(needles)}::json) n(v)
                        where strpos(lower(o.to_address), n.v) > 0 or strpos(lower(o.subject), n.v) > 0 or strpos(lower(o.body), n.v) > 0)
         order by o.id`,
  );
  const ids = hits.map((h) => Number(h.id));
  if (ids.length) {
    await tx.execute(sql`update outbox set to_address = ${pseudonym}, subject = ${`${ERASED_TEXT} ${row.reference}`},
      body = ${`This e-mail was erased under Art. 17 GDPR with request ${row.reference}.`}, last_error = null
      where id in (select value::bigint from json_array_elements_text(${JSON.stringify(ids.map(String))}::json))`);
  }
  return ids;
}

/** The request keeps its dates and status (accountability) but no longer says who asked or what. */
async function redactRequest(tx: Tx, row: typeof subjectRequests.$inferSelect, want: PersonDetails, pseudonym: string, now: Date) {
  await tx
    .update(subjectRequests)
    .set({
      subjectName: pseudonym,
      subjectEmail: null,
      subjectPhone: null,
      details: ERASED_TEXT,
      identityVerificationNotes: row.identityVerificationNotes ? ERASED_TEXT : null,
      extensionReason: row.extensionReason ? ERASED_TEXT : null,
      updatedAt: now,
    })
    .where(eq(subjectRequests.id, row.id));
  await tx
    .update(requestEvents)
    .set({ text: ERASED_TEXT })
    .where(and(eq(requestEvents.requestId, row.id), inArray(requestEvents.type, [...EVENT_TYPES_WITH_FREE_TEXT]), sql`${requestEvents.text} <> ''`));
  // The web-form submission this request came from, or any other naming the same address.
  await tx.execute(sql`delete from request_confirmations
    where request_id = ${row.id}
       or lower(email) in (select value from json_array_elements_text(${JSON.stringify([...want.emails])}::json))`);
  // The access package built for this request (the ACCESS module's table, when that module is present).
  const packages = (schema as Record<string, unknown>).requestAccessPackages;
  if (packages) await tx.execute(sql`delete from request_access_packages where request_id = ${row.id}`);
}
