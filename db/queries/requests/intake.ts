import { createHmac, randomUUID } from "node:crypto";
import { and, count, eq, gte, inArray, isNotNull, isNull, lt, or } from "drizzle-orm";
import { CODE_MAX_ATTEMPTS, codeMatches, hashCode, newCode } from "@/lib/requests/codes";
import type { PublicRequestInput } from "@/lib/requests/form-schema";
import { TYPE_EXPLANATIONS } from "@/lib/requests/labels";
import { confirmationCodeLetter, renderTemplate } from "@/lib/requests/templates";
import { env } from "@/lib/env";
import { getDb } from "@/db";
import { requestConfirmations, requestIntakeAttempts, subjectRequests } from "@/db/schema";
import { withAudit, type AuditInput } from "@/db/queries/audit";
import { enqueueMessages } from "@/db/queries/outbox";
import { ok, refuse, type Outcome } from "@/lib/outcome";
import { createRequestInTx, creationAudit } from "./requests";
import { loadClockContext } from "./clock";
import { letterFacts, letterOrganisation, queueRequestLetter } from "./mail";

export const CONFIRMATION_HOURS = 24;
// Per hour: a person rarely sends more than one or two requests; a script sends hundreds.
export const INTAKE_WINDOW_MS = 60 * 60 * 1000;
export const INTAKE_LIMIT_PER_ADDRESS = 5;
export const INTAKE_LIMIT_PER_EMAIL = 3;

const PUBLIC = { type: "system" } as const;

// Keyed hashes: the table counts submissions per e-mail and per client address without holding either.
export function intakeKeys(email: string, address: string): { email: string; address: string } {
  const mac = (v: string) => createHmac("sha256", env().AUTH_SECRET).update(v).digest("hex");
  return { email: mac(`request-email:${email.trim().toLowerCase()}`), address: mac(`request-address:${address}`) };
}

/** Which limit a new submission would break, if any. */
export async function intakeLimitReached(keys: { email: string; address: string }, now = new Date()): Promise<"email" | "address" | null> {
  const rows = await getDb()
    .select({ keyHash: requestIntakeAttempts.keyHash, n: count() })
    .from(requestIntakeAttempts)
    .where(and(inArray(requestIntakeAttempts.keyHash, [keys.email, keys.address]), gte(requestIntakeAttempts.at, new Date(now.getTime() - INTAKE_WINDOW_MS))))
    .groupBy(requestIntakeAttempts.keyHash);
  const n = (key: string) => Number(rows.find((r) => r.keyHash === key)?.n ?? 0);
  if (n(keys.address) >= INTAKE_LIMIT_PER_ADDRESS) return "address";
  if (n(keys.email) >= INTAKE_LIMIT_PER_EMAIL) return "email";
  return null;
}

export const RATE_LIMITED_MESSAGE = "Too many requests were sent from here or for this e-mail address in the last hour. Please try again later, or write to us directly.";

/**
 * The public form's submission: counts it against the limits, keeps it as a pending confirmation (with only a
 * keyed hash of the code) and queues the e-mail with the code, all in one transaction. Nothing enters the
 * queue until the code comes back.
 */
export async function submitPublicRequest(input: PublicRequestInput, p: { clientAddress: string; now?: Date }): Promise<Outcome<{ confirmationId: string; outboxIds: number[] }>> {
  const now = p.now ?? new Date();
  const keys = intakeKeys(input.email, p.clientAddress);
  if (await intakeLimitReached(keys, now)) return refuse("conflict", RATE_LIMITED_MESSAGE);
  const id = randomUUID();
  const code = newCode();
  const outboxIds = await withAudit(
    PUBLIC,
    async (tx) => {
      await tx.insert(requestIntakeAttempts).values([keys.email, keys.address].map((keyHash) => ({ keyHash, at: now })));
      await tx.insert(requestConfirmations).values({
        id,
        type: input.type,
        name: input.name,
        email: input.email,
        phone: input.phone,
        details: input.details,
        codeHash: hashCode("confirmation", id, code),
        submittedAt: now,
        expiresAt: new Date(now.getTime() + CONFIRMATION_HOURS * 3_600_000),
      });
      const org = await letterOrganisation(tx);
      const letter = confirmationCodeLetter({ code, controllerName: org.controllerName, typeTitle: TYPE_EXPLANATIONS[input.type].title, validHours: CONFIRMATION_HOURS });
      return enqueueMessages(tx, [{ kind: "request_confirmation_code", to: input.email, subject: letter.subject, body: letter.body }]);
    },
    (ids) => ({ action: "request_intake.submit", entityType: "request_confirmation", entityId: id, summary: { type: input.type, via: "public_form", outboxId: ids[0] } }),
  );
  return ok({ confirmationId: id, outboxIds });
}

/** A pending or confirmed submission as its page shows it; personal data stays out. */
export async function getConfirmation(id: string) {
  const [row] = await getDb()
    .select({
      id: requestConfirmations.id,
      type: requestConfirmations.type,
      email: requestConfirmations.email,
      expiresAt: requestConfirmations.expiresAt,
      attempts: requestConfirmations.attempts,
      confirmedAt: requestConfirmations.confirmedAt,
      reference: subjectRequests.reference,
      dueDate: subjectRequests.effectiveDueDate,
      receivedAt: subjectRequests.receivedAt,
    })
    .from(requestConfirmations)
    .leftJoin(subjectRequests, eq(subjectRequests.id, requestConfirmations.requestId))
    .where(eq(requestConfirmations.id, id))
    .limit(1);
  return row ?? null;
}

export type ConfirmationView = NonNullable<Awaited<ReturnType<typeof getConfirmation>>>;

/**
 * The code comes back: the request enters the queue as received, its clock starting now (the time it was
 * first sent is kept as submittedAt), and the acknowledgement with the reference and due date is queued.
 * The pending copy of the person's details is blanked: the request holds them from here on.
 */
export async function confirmPublicRequest(id: string, code: string, now = new Date()): Promise<Outcome<{ requestId: string; reference: string; outboxIds: number[] }>> {
  const result = await withAudit(
    PUBLIC,
    async (tx) => {
      const [c] = await tx.select().from(requestConfirmations).where(eq(requestConfirmations.id, id)).for("update");
      if (!c) return { outcome: refuse("not_found", "This confirmation page is not valid. Send the form again.") };
      if (c.confirmedAt) return { outcome: refuse("conflict", "This request has already been confirmed.") };
      if (c.expiresAt.getTime() < now.getTime()) return { outcome: refuse("conflict", "The code has expired. Please send the form again.") };
      if (c.attempts >= CODE_MAX_ATTEMPTS) return { outcome: refuse("conflict", "Too many wrong codes were entered. Please send the form again.") };
      if (!codeMatches(c.codeHash, "confirmation", id, code)) {
        await tx.update(requestConfirmations).set({ attempts: c.attempts + 1 }).where(eq(requestConfirmations.id, id));
        const left = CODE_MAX_ATTEMPTS - c.attempts - 1;
        const message = left > 0 ? `That code is not right. ${left} ${left === 1 ? "try" : "tries"} left.` : "That code is not right, and no tries are left. Please send the form again.";
        return { outcome: refuse("invalid", message, "code"), failed: c.attempts + 1 };
      }
      const ctx = await loadClockContext(tx);
      const created = await createRequestInTx(
        tx,
        "requester",
        { type: c.type, channel: "web_form", submittedAt: c.submittedAt, receivedAt: now, subjectName: c.name, subjectEmail: c.email, subjectPhone: c.phone, emailConfirmedAt: now, details: c.details },
        ctx,
      );
      await tx
        .update(requestConfirmations)
        .set({ confirmedAt: now, requestId: created.id, name: "", email: "", phone: null, details: "", codeHash: "", attempts: c.attempts + 1 })
        .where(eq(requestConfirmations.id, id));
      const letter = renderTemplate("acknowledgement", letterFacts(created, await letterOrganisation(tx), ctx.timeZone));
      const outboxId = await queueRequestLetter(tx, { requestId: created.id, actor: "requester", to: c.email, kind: "acknowledgement", letter });
      return { outcome: ok({ requestId: created.id, reference: created.reference, outboxIds: [outboxId] }), created };
    },
    (r): AuditInput[] => {
      if (r.created) return [creationAudit(r.created, "public_form")];
      if (r.failed) return [{ action: "request_intake.code_failed", entityType: "request_confirmation", entityId: id, summary: { attempts: r.failed } }];
      return [];
    },
  );
  return result.outcome;
}

/**
 * For the nightly job: removes submissions never confirmed once they expire (the person's details go with
 * them), confirmed ones after a week (their page has nothing left to show), and day-old rate-limit counts.
 */
export async function purgeRequestIntake(now = new Date()): Promise<{ confirmations: number }> {
  const weekAgo = new Date(now.getTime() - 7 * 24 * 3_600_000);
  return withAudit(
    { type: "system" },
    async (tx) => {
      const gone = await tx
        .delete(requestConfirmations)
        .where(or(and(isNull(requestConfirmations.confirmedAt), lt(requestConfirmations.expiresAt, now)), and(isNotNull(requestConfirmations.confirmedAt), lt(requestConfirmations.confirmedAt, weekAgo))))
        .returning({ id: requestConfirmations.id });
      await tx.delete(requestIntakeAttempts).where(lt(requestIntakeAttempts.at, new Date(now.getTime() - 24 * 3_600_000)));
      return { confirmations: gone.length };
    },
    (r) => (r.confirmations > 0 ? [{ action: "request_intake.purge", entityType: "request_confirmation", entityId: "expired", summary: { removed: r.confirmations } }] : []),
  );
}
