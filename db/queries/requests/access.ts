import { createHash } from "node:crypto";
import { eq, max } from "drizzle-orm";
import { buildAccessPackage as assemblePackage } from "@/lib/requests/access-package";
import { renderAccessPackageHtml } from "@/lib/requests/access-package-html";
import type { Tx } from "@/db";
import { dataSubjects, requestAccessPackages, subjectRequests } from "@/db/schema";
import { withAudit, type Actor } from "@/db/queries/audit";
import { buildCurrentNotice } from "@/db/queries/notice";
import { ok, refuse, type Outcome } from "@/lib/outcome";
import { REQUEST_NOT_FOUND } from "./requests";
import { loadClockContext } from "./clock";
import { addRequestEvent } from "./events";
import { letterOrganisation, queueRequestLetter } from "./mail";
import { packageJsonText, readSubjectData, resolveSubject } from "./access-read";
import { isUuid } from "@/lib/uuid";


const ACCESS_TYPES = new Set(["access", "portability"]);
const PACKAGE_NOT_FOUND = refuse("not_found", "There is no such package.");

export type AccessOutcome = Outcome<{ packageId: string; version: number; redactions: number; mentions: number; status: "draft" | "released" }>;

export interface BuildAccessOptions {
  /**
   * Other people's conversations that mention the person, to include as extracts (only the mentioning
   * messages, redacted); every other one is listed in the review data and left out. Default: none.
   */
  extracts?: { conversationIds: string[]; reason?: string | null };
}

async function lockRequest(tx: Tx, requestId: string) {
  if (!isUuid(requestId)) return null;
  const [row] = await tx.select().from(subjectRequests).where(eq(subjectRequests.id, requestId)).for("update");
  return row ?? null;
}

/**
 * Builds a new version of the request's package from the chat data as it is now, in one audited
 * transaction. The audit entry names counts and the hash, never the person or their data.
 */
export async function buildAccessPackage(actor: Actor, requestId: string, now = new Date(), opts: BuildAccessOptions = {}): Promise<AccessOutcome> {
  return withAudit(
    actor,
    async (tx): Promise<AccessOutcome & { audit?: Record<string, unknown> }> => {
      const row = await lockRequest(tx, requestId);
      if (!row) return REQUEST_NOT_FOUND;
      if (!ACCESS_TYPES.has(row.type)) return refuse("conflict", "Only access and portability requests get a data package.");
      if (row.status !== "in_progress") return refuse("conflict", "Build the package once the request is in progress (identity verified).");
      const ctx = await loadClockContext(tx);
      const subjectId = await resolveSubject(tx, row, ctx.country);
      if (!subjectId) return refuse("conflict", "Nobody in the chat data matches this request: link the person first, or answer that no chat data is held.");
      const [data, current, org, [last]] = await Promise.all([
        readSubjectData(tx, subjectId),
        buildCurrentNotice(tx),
        letterOrganisation(tx),
        tx.select({ version: max(requestAccessPackages.version) }).from(requestAccessPackages).where(eq(requestAccessPackages.requestId, row.id)),
      ]);
      const built = assemblePackage({
        request: { reference: row.reference, type: row.type as "access" | "portability", receivedAt: row.receivedAt, subjectName: row.subjectName },
        builtAt: now,
        identifiers: data.identifiers,
        conversations: data.conversations,
        notice: current.notice,
        controllerName: org.controllerName,
        organisationContacts: [org.contactEmail, org.contactPhone, org.dpoEmail].filter(Boolean),
        country: ctx.country,
        mentionedIn: data.mentionedIn,
        extracts: { include: new Set(opts.extracts?.conversationIds ?? []), reason: opts.extracts?.reason ?? null },
      });
      const unknown = (opts.extracts?.conversationIds ?? []).filter((id) => !data.mentionedIn.some((c) => c.id === id));
      if (unknown.length) return refuse("invalid", "An extract can only come from a conversation that mentions the person: rebuild from the current list.", "extracts");
      // Only now, with nothing left to refuse: a refusal writes nothing.
      if (!row.dataSubjectId) await tx.update(subjectRequests).set({ dataSubjectId: subjectId, updatedAt: now }).where(eq(subjectRequests.id, row.id));
      const version = (last?.version ?? 0) + 1;
      const sha256 = createHash("sha256").update(packageJsonText(built.json)).digest("hex");
      const [pkg] = await tx
        .insert(requestAccessPackages)
        .values({
          requestId: row.id,
          version,
          builtAt: now,
          builtBy: actor.type === "user" ? actor.id : null,
          json: built.json as unknown as Record<string, unknown>,
          html: renderAccessPackageHtml(built.json, ctx.timeZone),
          redactions: built.redactions as unknown as Array<Record<string, unknown>>,
          mentions: built.mentions as unknown as Array<Record<string, unknown>>,
          sha256,
        })
        .returning({ id: requestAccessPackages.id });
      const c = built.counts;
      const included = built.mentions.filter((m) => m.included).length;
      await addRequestEvent(
        tx,
        row.id,
        actor,
        "note",
        `Data package version ${version} built: ${c.conversations} conversations, ${c.messages} messages, ${c.identifiers} identifiers, ${c.findings} findings; ${c.redactions} redactions to review.` +
          (built.mentions.length ? ` ${built.mentions.length} other people's conversations mention the person: ${included} included as extracts.` : ""),
        { at: now },
      );
      return ok({
        packageId: pkg!.id,
        version,
        redactions: c.redactions,
        mentions: built.mentions.length,
        status: "draft" as const,
        audit: {
          reference: row.reference,
          packageId: pkg!.id,
          version,
          dataSubjectId: subjectId,
          linkedNow: !row.dataSubjectId,
          counts: c,
          mentions: { listed: built.mentions.length, included, includedConversationIds: built.mentions.filter((m) => m.included).map((m) => m.conversationId) },
          sha256,
        },
      });
    },
    (r) => (r.ok && r.audit ? [{ action: "request.access_package.build", entityType: "subject_request", entityId: requestId, summary: r.audit }] : []),
  ).then(stripAudit);
}

// The audit summary and ids the transaction passed to its audit entry are not part of the answer.
function stripAudit<T extends object>(r: T & { audit?: unknown; requestId?: unknown }): T {
  const rest: Record<string, unknown> = { ...r };
  delete rest.audit;
  delete rest.requestId;
  return rest as T;
}

/**
 * The DPO confirms the redactions were reviewed and releases the package. Optionally tells the person by
 * e-mail that their copy is ready and how it will reach them: the data itself never goes by e-mail.
 */
export async function releaseAccessPackage(actor: Actor, packageId: string, opts: { notify: boolean }, now = new Date()): Promise<Outcome<{ outboxIds: number[] }>> {
  if (!isUuid(packageId)) return PACKAGE_NOT_FOUND;
  return withAudit(
    actor,
    async (tx): Promise<Outcome<{ outboxIds: number[] }> & { audit?: Record<string, unknown>; requestId?: string }> => {
      const [pkg] = await tx.select({ id: requestAccessPackages.id, requestId: requestAccessPackages.requestId, version: requestAccessPackages.version, status: requestAccessPackages.status, sha256: requestAccessPackages.sha256 }).from(requestAccessPackages).where(eq(requestAccessPackages.id, packageId));
      if (!pkg) return PACKAGE_NOT_FOUND;
      const row = await lockRequest(tx, pkg.requestId);
      if (!row) return REQUEST_NOT_FOUND;
      if (pkg.status === "released") return refuse("conflict", "This package has already been released.");
      if (row.status !== "in_progress") return refuse("conflict", "Only a package of a request in progress can be released.");
      const [newer] = await tx.select({ version: max(requestAccessPackages.version) }).from(requestAccessPackages).where(eq(requestAccessPackages.requestId, row.id));
      if ((newer?.version ?? 0) > pkg.version) return refuse("conflict", `Version ${newer!.version} is newer: release that one.`);
      if (opts.notify && !row.subjectEmail) return refuse("invalid", "There is no e-mail address to tell the person: release without telling them, and contact them another way.", "notify");
      await tx
        .update(requestAccessPackages)
        .set({ status: "released", releasedAt: now, releasedBy: actor.type === "user" ? actor.id : null })
        .where(eq(requestAccessPackages.id, pkg.id));
      await addRequestEvent(tx, row.id, actor, "note", `Data package version ${pkg.version} released after the redactions were reviewed.`, { at: now });
      const outboxIds: number[] = [];
      if (opts.notify && row.subjectEmail) {
        const org = await letterOrganisation(tx);
        const greeting = row.subjectName ? `Dear ${row.subjectName},` : "Hello,";
        const body = [
          greeting,
          "",
          `The copy of your personal data you asked for (request ${row.reference}) is ready.`,
          "For your protection we do not send the data itself by e-mail. We will send it to you securely, or you can tell us how you would like to receive it (for example, collected in person or by registered post).",
          "It comes as a readable document and as a machine-readable file (JSON) that you can take to another service.",
          "",
          org.controllerName,
          org.dpoEmail || org.contactEmail,
        ].join("\n");
        outboxIds.push(await queueRequestLetter(tx, { requestId: row.id, actor, to: row.subjectEmail, kind: "access_ready", letter: { subject: `Your data is ready (${row.reference})`, body } }));
      }
      return ok({ outboxIds, requestId: row.id, audit: { reference: row.reference, packageId: pkg.id, version: pkg.version, sha256: pkg.sha256, personTold: outboxIds.length > 0 } });
    },
    (r) => (r.ok && r.audit ? [{ action: "request.access_package.release", entityType: "subject_request", entityId: r.requestId!, summary: r.audit }] : []),
  ).then(stripAudit);
}

/**
 * For the API's `fulfil`: builds the package, and releases it at once when there is nothing to review
 * (no redactions, and no other people's conversations mentioning the person for the DPO to decide on).
 */
export async function fulfilAccessRequest(actor: Actor, requestId: string, now = new Date()): Promise<AccessOutcome> {
  const built = await buildAccessPackage(actor, requestId, now);
  if (!built.ok || built.redactions > 0 || built.mentions > 0) return built;
  const released = await releaseAccessPackage(actor, built.packageId, { notify: false }, now);
  return released.ok ? { ...built, status: "released" } : released;
}

/**
 * The DPO links the request to a person in the chat data (when intake found nobody by exact e-mail or
 * phone, or found the wrong one). Open access and portability requests only; audited with ids only.
 */
export async function linkRequestSubject(actor: Actor, requestId: string, subjectId: string, now = new Date()): Promise<Outcome> {
  if (!isUuid(subjectId)) return refuse("invalid", "Paste the id from the person's page in People.", "subjectId");
  return withAudit(
    actor,
    async (tx): Promise<Outcome & { from?: string | null; reference?: string }> => {
      const row = await lockRequest(tx, requestId);
      if (!row) return REQUEST_NOT_FOUND;
      if (!ACCESS_TYPES.has(row.type) || row.status === "completed" || row.status === "rejected") return refuse("conflict", "Only an open access or portability request can be linked here.");
      const [person] = await tx.select({ id: dataSubjects.id }).from(dataSubjects).where(eq(dataSubjects.id, subjectId));
      if (!person) return refuse("invalid", "There is nobody with that id in the chat data.", "subjectId");
      if (row.dataSubjectId === subjectId) return refuse("conflict", "The request is already linked to that person.");
      await tx.update(subjectRequests).set({ dataSubjectId: subjectId, updatedAt: now }).where(eq(subjectRequests.id, row.id));
      await addRequestEvent(tx, row.id, actor, "note", "Linked to a person in the chat data.", { at: now });
      return ok({ from: row.dataSubjectId, reference: row.reference });
    },
    (r) => (r.ok ? [{ action: "request.link_subject", entityType: "subject_request", entityId: requestId, summary: { reference: r.reference, dataSubjectId: { from: r.from, to: subjectId } } }] : []),
  ).then((r) => (r.ok ? ok() : r));
}
