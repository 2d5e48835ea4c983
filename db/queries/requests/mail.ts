import { and, asc, inArray, lt } from "drizzle-orm";
import { localDate } from "@/lib/requests/clock";
import type { RequestType, RejectionGround } from "@/lib/requests/labels";
import type { Letter, LetterFacts, LetterOrganisation } from "@/lib/requests/templates";
import { smtpSender } from "@/lib/mail/send";
import { attemptWrite } from "@/lib/server-errors";
import { getDb, type DbOrTx, type Tx } from "@/db";
import { outbox } from "@/db/schema";
import type { Actor } from "@/db/queries/audit";
import { getOrganisation } from "@/db/queries/organisation";
import { deliverOutbox, enqueueMessages } from "@/db/queries/outbox";
import { addRequestEvent } from "./events";

const NO_ORGANISATION: LetterOrganisation = { controllerName: "Data protection team", address: "", contactEmail: "", contactPhone: "", dpoName: "", dpoEmail: "", country: "SE" };

/** Who signs the letters: the organisation's details from Settings. */
export async function letterOrganisation(db: DbOrTx = getDb()): Promise<LetterOrganisation> {
  const org = await getOrganisation(db);
  if (!org) return NO_ORGANISATION;
  // Only what a letter prints: the public request page hands this object to the browser.
  const { controllerName, address, contactEmail, contactPhone, dpoName, dpoEmail, country } = org;
  return { controllerName, address, contactEmail, contactPhone, dpoName, dpoEmail, country };
}

export function letterFacts(
  r: {
    reference: string;
    type: RequestType;
    subjectName: string | null;
    receivedAt: Date;
    effectiveDueDate: string;
    extendedDueDate: string | null;
    extensionReason: string | null;
    rejectionGround: RejectionGround | null;
    rejectionReasons: string | null;
  },
  org: LetterOrganisation,
  timeZone: string,
): LetterFacts {
  return {
    reference: r.reference,
    type: r.type,
    name: r.subjectName,
    receivedDate: localDate(r.receivedAt, timeZone),
    dueDate: r.effectiveDueDate,
    extendedDueDate: r.extendedDueDate,
    extensionReason: r.extensionReason,
    rejectionGround: r.rejectionGround,
    rejectionReasons: r.rejectionReasons,
    organisation: org,
  };
}

/**
 * Queues a letter to the requester in the caller's transaction and puts it on the timeline: the message
 * exists only if the change it belongs to commits. The timeline names the subject, never the address.
 */
export async function queueRequestLetter(tx: Tx, p: { requestId: string; actor: Actor | "requester"; to: string; kind: string; letter: Letter }): Promise<number> {
  const [id] = await enqueueMessages(tx, [{ kind: `request_${p.kind}`, to: p.to, subject: p.letter.subject, body: p.letter.body }]);
  await addRequestEvent(tx, p.requestId, p.actor, "email_sent", `E-mail queued: ${p.letter.subject}`, { outboxId: id! });
  return id!;
}

/**
 * After the commit: sends the new messages at once when a mail server is configured. A failure leaves
 * them in the outbox as failed, where the DPO sees them and retryOutboxDelivery picks them up again.
 */
export async function deliverNow(ids: number[]): Promise<void> {
  const sender = smtpSender();
  if (!sender || ids.length === 0) return;
  await attemptWrite("outbox.deliver", () => deliverOutbox({ send: sender, ids }));
}

// A message that failed this often is left for a person to look at rather than retried forever.
export const MAX_DELIVERY_ATTEMPTS = 8;

/**
 * For the nightly job (or any scheduler): retries queued and failed messages that have not reached the
 * attempt limit. Nothing happens without a configured mail server. Returns the counts for the job's log.
 */
export async function retryOutboxDelivery(limit = 200): Promise<{ sent: number; failed: number }> {
  const sender = smtpSender();
  if (!sender) return { sent: 0, failed: 0 };
  const due = await getDb()
    .select({ id: outbox.id })
    .from(outbox)
    .where(and(inArray(outbox.status, ["queued", "failed"]), lt(outbox.attempts, MAX_DELIVERY_ATTEMPTS)))
    .orderBy(asc(outbox.createdAt), asc(outbox.id))
    .limit(limit);
  if (due.length === 0) return { sent: 0, failed: 0 };
  return deliverOutbox({ send: sender, ids: due.map((d) => d.id), limit });
}
