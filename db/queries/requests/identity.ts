import { and, desc, eq, isNull } from "drizzle-orm";
import { CODE_MAX_ATTEMPTS, codeMatches, hashCode, newCode } from "@/lib/requests/codes";
import { isClosedStatus } from "@/lib/requests/labels";
import { verificationCodeLetter } from "@/lib/requests/templates";
import { getDb, type DbOrTx } from "@/db";
import { requestVerificationCodes, subjectIdentifiers, type SubjectRequest } from "@/db/schema";
import type { Actor } from "@/db/queries/audit";
import { ok, refuse } from "@/lib/outcome";
import { addRequestEvent } from "./events";
import { letterOrganisation, queueRequestLetter } from "./mail";
import { actOnRequest, applyVerification } from "./workflow";

export const VERIFICATION_CODE_HOURS = 72;

export interface VerificationTarget {
  address: string;
  source: "chat_data" | "confirmed_form_email";
}

/**
 * Where an identity code may go: only to an address already in the data held — an e-mail identifier of the
 * person the request is linked to in the chat data, or the request's own e-mail once its owner proved control
 * of it (the web form's code). Never to an address the requester merely typed: a stranger naming someone
 * else's address would then receive the code meant to prove they are that someone.
 */
export async function verificationTargets(
  row: Pick<SubjectRequest, "dataSubjectId" | "subjectEmail" | "emailConfirmedAt">,
  db: DbOrTx = getDb(),
): Promise<VerificationTarget[]> {
  const targets: VerificationTarget[] = [];
  if (row.dataSubjectId) {
    const held = await db
      .select({ value: subjectIdentifiers.value })
      .from(subjectIdentifiers)
      .where(and(eq(subjectIdentifiers.subjectId, row.dataSubjectId), eq(subjectIdentifiers.kind, "email")))
      .orderBy(subjectIdentifiers.value);
    for (const h of held) targets.push({ address: h.value, source: "chat_data" });
  }
  if (row.subjectEmail && row.emailConfirmedAt && !targets.some((t) => t.address === row.subjectEmail)) {
    targets.push({ address: row.subjectEmail, source: "confirmed_form_email" });
  }
  return targets;
}

/** "a•••@example.com": enough for staff to tell addresses apart on the timeline without repeating them whole. */
export function maskAddress(address: string): string {
  const at = address.lastIndexOf("@");
  return at > 0 ? `${address[0]}•••${address.slice(at)}` : "•••";
}

export async function sendVerificationCode(actor: Actor, id: string, target: string, now = new Date()) {
  return actOnRequest(actor, id, "request.verification_code_sent", async (w) => {
    if (isClosedStatus(w.row.status)) return refuse("conflict", "This request is closed.");
    if (w.row.identityVerifiedAt) return refuse("conflict", "The identity has already been verified for this request.");
    const wanted = target.trim().toLowerCase();
    const chosen = (await verificationTargets(w.row, w.tx)).find((t) => t.address === wanted);
    if (!chosen) {
      return refuse("invalid", "A code can only be sent to an e-mail address already in the data we hold about this person.", "target");
    }
    const code = newCode();
    const [row] = await w.tx
      .insert(requestVerificationCodes)
      .values({ requestId: id, codeHash: "pending", expiresAt: new Date(now.getTime() + VERIFICATION_CODE_HOURS * 3_600_000), createdAt: now })
      .returning({ id: requestVerificationCodes.id });
    // The hash binds the code to its own row, so it is written once the row's id is known.
    await w.tx.update(requestVerificationCodes).set({ codeHash: hashCode("verification", row!.id, code) }).where(eq(requestVerificationCodes.id, row!.id));
    const org = await letterOrganisation(w.tx);
    const letter = verificationCodeLetter({ code, reference: w.row.reference, controllerName: org.controllerName, validHours: VERIFICATION_CODE_HOURS });
    const outboxId = await queueRequestLetter(w.tx, { requestId: id, actor, to: chosen.address, kind: "verification_code", letter });
    await addRequestEvent(w.tx, id, actor, "verification_code_sent", `Identity code sent to ${maskAddress(chosen.address)} (${chosen.source === "chat_data" ? "held in the chat data" : "confirmed on the web form"}).`, { at: now });
    return ok({ outboxIds: [outboxId], summary: { codeId: row!.id, identifierKind: "email", source: chosen.source, outboxId } });
  });
}

/**
 * Checks the code the person gave back. The latest unused, unexpired code counts; each wrong try is counted
 * (and audited) even though the check is refused, and after five the code is void.
 */
export async function checkVerificationCode(actor: Actor, id: string, code: string, now = new Date()) {
  return actOnRequest(actor, id, "request.verification_code_checked", async (w) => {
    if (isClosedStatus(w.row.status)) return refuse("conflict", "This request is closed.");
    if (w.row.identityVerifiedAt) return refuse("conflict", "The identity has already been verified for this request.");
    const [latest] = await w.tx
      .select()
      .from(requestVerificationCodes)
      .where(and(eq(requestVerificationCodes.requestId, id), isNull(requestVerificationCodes.usedAt)))
      .orderBy(desc(requestVerificationCodes.createdAt))
      .limit(1)
      .for("update");
    if (!latest) return refuse("conflict", "No code is waiting for this request: send one first.", "code");
    if (latest.expiresAt.getTime() < now.getTime()) return refuse("conflict", "The code has expired: send a new one.", "code");
    if (latest.attempts >= CODE_MAX_ATTEMPTS) return refuse("conflict", "Too many wrong codes: send a new one.", "code");
    if (!codeMatches(latest.codeHash, "verification", latest.id, code)) {
      await w.tx.update(requestVerificationCodes).set({ attempts: latest.attempts + 1 }).where(eq(requestVerificationCodes.id, latest.id));
      await addRequestEvent(w.tx, id, actor, "verification_code_failed", "A wrong identity code was entered.", { at: now });
      const left = CODE_MAX_ATTEMPTS - latest.attempts - 1;
      return {
        ...refuse("invalid", left > 0 ? `That is not the code. ${left} ${left === 1 ? "try" : "tries"} left.` : "That is not the code, and it is now void: send a new one.", "code"),
        audit: { summary: { codeId: latest.id, matched: false, attempts: latest.attempts + 1 } },
      };
    }
    await w.tx.update(requestVerificationCodes).set({ usedAt: now, attempts: latest.attempts + 1 }).where(eq(requestVerificationCodes.id, latest.id));
    const verified = await applyVerification(w, actor, "code_to_held_identifier", "The code sent to an address already held was returned.", now);
    return ok({ summary: { codeId: latest.id, matched: true, ...verified } });
  });
}
