import { and, count, desc, eq, inArray, sql } from "drizzle-orm";
import { describeMailError, type MailSender } from "@/lib/mail/send";
import { getDb, type Tx } from "@/db";
import { outbox } from "@/db/schema";
import { withAudit, type Actor } from "@/db/queries/audit";

export interface OutgoingMessage {
  kind: string;
  to: string;
  subject: string;
  body: string;
}

/** Puts messages in the outbox inside the caller's transaction: they exist only if the change commits. */
export async function enqueueMessages(tx: Tx, messages: OutgoingMessage[]): Promise<number[]> {
  if (messages.length === 0) return [];
  const rows = await tx
    .insert(outbox)
    .values(messages.map((m) => ({ kind: m.kind, toAddress: m.to, subject: m.subject, body: m.body })))
    .returning({ id: outbox.id });
  return rows.map((r) => r.id);
}

export async function listOutbox(p: { page: number; pageSize: number }) {
  const db = getDb();
  const [rows, [total], byStatus] = await Promise.all([
    db
      .select({
        id: outbox.id,
        kind: outbox.kind,
        toAddress: outbox.toAddress,
        subject: outbox.subject,
        body: outbox.body,
        status: outbox.status,
        attempts: outbox.attempts,
        lastError: outbox.lastError,
        createdAt: outbox.createdAt,
        sentAt: outbox.sentAt,
      })
      .from(outbox)
      .orderBy(desc(outbox.createdAt), desc(outbox.id))
      .limit(p.pageSize)
      .offset((p.page - 1) * p.pageSize),
    db.select({ n: count() }).from(outbox),
    db.select({ status: outbox.status, n: count() }).from(outbox).groupBy(outbox.status),
  ]);
  const counts = { queued: 0, sent: 0, failed: 0 };
  for (const r of byStatus) counts[r.status] = Number(r.n);
  return { rows, total: total?.n ?? 0, counts };
}

export type OutboxRow = Awaited<ReturnType<typeof listOutbox>>["rows"][number];

/**
 * Tries to send queued and failed messages (oldest first), each in its own short transaction that
 * locks the row, so two clicks at once never send one message twice. Attempts go up by one; a
 * failure keeps the message as failed with a reason that does not quote the address.
 */
export async function deliverOutbox(params: { send: MailSender; ids?: number[]; limit?: number }) {
  const db = getDb();
  const candidates = await db
    .select({ id: outbox.id })
    .from(outbox)
    .where(and(inArray(outbox.status, ["queued", "failed"]), params.ids ? inArray(outbox.id, params.ids.length ? params.ids : [-1]) : undefined))
    .orderBy(outbox.createdAt, outbox.id)
    .limit(params.limit ?? 100);
  let sent = 0;
  let failed = 0;
  for (const { id } of candidates) {
    const outcome = await db.transaction(async (tx) => {
      const [message] = await tx
        .select({ to: outbox.toAddress, subject: outbox.subject, body: outbox.body })
        .from(outbox)
        .where(and(eq(outbox.id, id), inArray(outbox.status, ["queued", "failed"])))
        .for("update", { skipLocked: true });
      if (!message) return "skipped" as const;
      try {
        await params.send({ to: message.to, subject: message.subject, text: message.body });
        await tx.update(outbox).set({ status: "sent", sentAt: new Date(), attempts: sql`${outbox.attempts} + 1`, lastError: null }).where(eq(outbox.id, id));
        return "sent" as const;
      } catch (error) {
        const reason = describeMailError(error);
        // The id and the reason only: never the address or the text.
        console.error(`[mail failed] outbox ${id}: ${reason}`);
        await tx.update(outbox).set({ status: "failed", attempts: sql`${outbox.attempts} + 1`, lastError: reason }).where(eq(outbox.id, id));
        return "failed" as const;
      }
    });
    if (outcome === "sent") sent += 1;
    if (outcome === "failed") failed += 1;
  }
  return { sent, failed };
}

/** The DPO's "Send queued now": delivers, then records the counts in the audit trail. */
export async function deliverOutboxAudited(actor: Actor, send: MailSender) {
  const result = await deliverOutbox({ send });
  await withAudit(
    actor,
    async () => result,
    (r) => ({ action: "outbox.deliver", entityType: "outbox", entityId: "queued", summary: { sent: r.sent, failed: r.failed } }),
  );
  return result;
}
