import { createHash } from "node:crypto";
import { and, asc, count, desc, eq, inArray, max } from "drizzle-orm";
import type { AgreementInput } from "@/lib/processors/form-schema";
import { checkAgreementFile, storedFileName } from "@/lib/processors/files";
import { sendToReviewProblem, statusChangeProblem } from "@/lib/processors/status";
import { changedFields } from "@/lib/audit/hash";
import { getDb, type Tx } from "@/db";
import { agreementFiles, agreementReviews, agreements, processors, users } from "@/db/schema";
import { withAudit } from "@/db/queries/audit";
import type { ActingUser } from "@/lib/auth/roles";
import { ok, refuse, type Outcome } from "@/lib/outcome";
import { actorFor, forbidden, permitted, PROCESSOR_ENTITY } from "./access";

const fileColumns = {
  id: agreementFiles.id,
  agreementId: agreementFiles.agreementId,
  version: agreementFiles.version,
  fileName: agreementFiles.fileName,
  size: agreementFiles.size,
  sha256: agreementFiles.sha256,
  uploadedAt: agreementFiles.uploadedAt,
  uploadedByName: users.name,
};

/** A processor's agreements with their file versions (newest first) and review history, without the file bytes. */
export async function listAgreementsForProcessor(processorId: string) {
  const db = getDb();
  const rows = await db.select().from(agreements).where(eq(agreements.processorId, processorId)).orderBy(desc(agreements.createdAt), asc(agreements.id));
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [files, reviews] = await Promise.all([
    db.select(fileColumns).from(agreementFiles).leftJoin(users, eq(users.id, agreementFiles.uploadedBy)).where(inArray(agreementFiles.agreementId, ids)).orderBy(desc(agreementFiles.version)),
    db
      .select({
        id: agreementReviews.id,
        agreementId: agreementReviews.agreementId,
        startedAt: agreementReviews.startedAt,
        decidedAt: agreementReviews.decidedAt,
        decision: agreementReviews.decision,
        summary: agreementReviews.summary,
        reviewerName: users.name,
        fileVersion: agreementFiles.version,
      })
      .from(agreementReviews)
      .leftJoin(users, eq(users.id, agreementReviews.reviewerId))
      .leftJoin(agreementFiles, eq(agreementFiles.id, agreementReviews.fileId))
      .where(inArray(agreementReviews.agreementId, ids))
      .orderBy(desc(agreementReviews.startedAt), desc(agreementReviews.id)),
  ]);
  return rows.map((a) => ({ ...a, files: files.filter((f) => f.agreementId === a.id), reviews: reviews.filter((r) => r.agreementId === a.id) }));
}

export type AgreementWithFiles = Awaited<ReturnType<typeof listAgreementsForProcessor>>[number];

/** One agreement of one processor: a URL naming another processor's agreement finds nothing. */
export async function getAgreement(processorId: string, agreementId: string) {
  const [row] = await getDb()
    .select({ agreement: agreements, processorName: processors.name })
    .from(agreements)
    .innerJoin(processors, eq(processors.id, agreements.processorId))
    .where(and(eq(agreements.id, agreementId), eq(agreements.processorId, processorId)))
    .limit(1);
  return row ? { ...row.agreement, processorName: row.processorName } : null;
}

type AgreementOutcome = Outcome<{ id: string }>;

const GONE = "This agreement or its processor does not exist any more.";
const gone = () => refuse("not_found", GONE);

const TRACKED = ["status", "signedOn", "startsOn", "endsOn", "reviewBy"] as const;

export async function createAgreement(user: ActingUser, input: AgreementInput): Promise<AgreementOutcome> {
  if (!permitted(user, "processors:write")) return forbidden();
  const problem = statusChangeProblem(null, input.status);
  if (problem) return refuse("invalid", problem, "status");
  return withAudit(
    actorFor(user),
    async (tx): Promise<AgreementOutcome> => {
      const [processor] = await tx.select({ id: processors.id }).from(processors).where(eq(processors.id, input.processorId)).for("update");
      if (!processor) return gone();
      const [row] = await tx.insert(agreements).values(input).returning({ id: agreements.id });
      await tx.update(processors).set({ updatedAt: new Date() }).where(eq(processors.id, input.processorId));
      return ok({ id: row!.id });
    },
    (r) =>
      r.ok
        ? { action: "agreement.create", entityType: PROCESSOR_ENTITY, entityId: input.processorId, summary: { agreementId: r.id, title: input.title, status: input.status, endsOn: input.endsOn, reviewBy: input.reviewBy } }
        : [],
  );
}

/** Edits an agreement; its status may move only where the form may take it (never to signed or into review). */
export async function updateAgreement(user: ActingUser, agreementId: string, input: AgreementInput): Promise<AgreementOutcome> {
  if (!permitted(user, "processors:write")) return forbidden();
  const result = await withAudit(
    actorFor(user),
    async (tx) => {
      const [before] = await tx.select().from(agreements).where(and(eq(agreements.id, agreementId), eq(agreements.processorId, input.processorId))).for("update");
      if (!before) return gone();
      const problem = statusChangeProblem(before.status, input.status);
      if (problem) return refuse("conflict", problem, "status");
      const columns = { title: input.title, status: input.status, signedOn: input.signedOn, startsOn: input.startsOn, endsOn: input.endsOn, reviewBy: input.reviewBy, notes: input.notes };
      const changed = changedFields(before as unknown as Record<string, unknown>, columns as unknown as Record<string, unknown>);
      if (changed.length) await tx.update(agreements).set({ ...columns, updatedAt: new Date() }).where(eq(agreements.id, agreementId));
      const values = Object.fromEntries(TRACKED.filter((k) => changed.includes(k)).map((k) => [k, { from: before[k], to: columns[k] }]));
      return ok({ id: agreementId, changed, values });
    },
    (r) =>
      r.ok && r.changed.length
        ? { action: "agreement.update", entityType: PROCESSOR_ENTITY, entityId: input.processorId, summary: { agreementId, title: input.title, changed: r.changed, ...r.values } }
        : [],
  );
  return result.ok ? ok({ id: agreementId }) : result;
}

async function lockAgreement(tx: Tx, processorId: string, agreementId: string) {
  const [row] = await tx.select().from(agreements).where(and(eq(agreements.id, agreementId), eq(agreements.processorId, processorId))).for("update");
  return row ?? null;
}

export interface AgreementUpload {
  processorId: string;
  agreementId: string;
  fileName: string;
  bytes: Buffer;
}

type FileUploadOutcome = Outcome<{ id: string; version: number; sha256: string }>;

/** Stores a new version of the agreement's document, with its SHA-256. Earlier versions stay. */
export async function addAgreementFile(user: ActingUser, upload: AgreementUpload): Promise<FileUploadOutcome> {
  if (!permitted(user, "processors:write")) return forbidden();
  // Checked here too: the query is the last door before the database, whoever calls it.
  const check = checkAgreementFile({ size: upload.bytes.length, bytes: upload.bytes });
  if (!check.ok) return refuse("invalid", check.error, "file");
  const sha256 = createHash("sha256").update(upload.bytes).digest("hex");
  const fileName = storedFileName(upload.fileName);
  return withAudit(
    actorFor(user),
    async (tx): Promise<FileUploadOutcome> => {
      // The lock on the agreement serialises uploads, so two cannot take the same version number.
      const agreement = await lockAgreement(tx, upload.processorId, upload.agreementId);
      if (!agreement) return gone();
      const [last] = await tx.select({ v: max(agreementFiles.version) }).from(agreementFiles).where(eq(agreementFiles.agreementId, upload.agreementId));
      const version = (last?.v ?? 0) + 1;
      const [row] = await tx
        .insert(agreementFiles)
        .values({ agreementId: upload.agreementId, version, fileName, mimeType: check.mimeType, size: upload.bytes.length, sha256, data: upload.bytes, uploadedBy: user.id })
        .returning({ id: agreementFiles.id });
      await tx.update(agreements).set({ updatedAt: new Date() }).where(eq(agreements.id, upload.agreementId));
      return ok({ id: row!.id, version, sha256 });
    },
    (r) =>
      r.ok
        ? { action: "agreement.file_upload", entityType: PROCESSOR_ENTITY, entityId: upload.processorId, summary: { agreementId: upload.agreementId, fileId: r.id, version: r.version, sha256: r.sha256, size: upload.bytes.length } }
        : [],
  );
}

/** A stored file with its bytes, for those who may read processors; null when it is not there (or not theirs to see). */
export async function getAgreementFile(user: ActingUser, processorId: string, agreementId: string, fileId: string) {
  if (!permitted(user, "processors:read")) return null;
  const [row] = await getDb()
    .select({ fileName: agreementFiles.fileName, mimeType: agreementFiles.mimeType, size: agreementFiles.size, sha256: agreementFiles.sha256, data: agreementFiles.data, version: agreementFiles.version })
    .from(agreementFiles)
    .innerJoin(agreements, eq(agreements.id, agreementFiles.agreementId))
    .where(and(eq(agreementFiles.id, fileId), eq(agreementFiles.agreementId, agreementId), eq(agreements.processorId, processorId)))
    .limit(1);
  // PGlite hands back a Uint8Array, postgres.js a Buffer: callers get a Buffer either way.
  return row ? { ...row, data: Buffer.from(row.data) } : null;
}

/** Opens a legal review of the latest file version; the agreement is "in legal review" until legal decides. */
export async function sendToLegalReview(user: ActingUser, processorId: string, agreementId: string): Promise<AgreementOutcome> {
  if (!permitted(user, "processors:write")) return forbidden();
  return withAudit(
    actorFor(user),
    async (tx): Promise<Outcome<{ id: string; title: string; fileVersion: number }>> => {
      const agreement = await lockAgreement(tx, processorId, agreementId);
      if (!agreement) return gone();
      const [files] = await tx.select({ n: count() }).from(agreementFiles).where(eq(agreementFiles.agreementId, agreementId));
      const problem = sendToReviewProblem(agreement.status, files?.n ?? 0);
      if (problem) return refuse("conflict", problem);
      const [latest] = await tx.select({ id: agreementFiles.id, version: agreementFiles.version }).from(agreementFiles).where(eq(agreementFiles.agreementId, agreementId)).orderBy(desc(agreementFiles.version)).limit(1);
      const [review] = await tx.insert(agreementReviews).values({ agreementId, requestedBy: user.id, fileId: latest!.id }).returning({ id: agreementReviews.id });
      await tx.update(agreements).set({ status: "in_legal_review", updatedAt: new Date() }).where(eq(agreements.id, agreementId));
      return ok({ id: review!.id, title: agreement.title, fileVersion: latest!.version });
    },
    (r) =>
      r.ok
        ? { action: "agreement.review_request", entityType: PROCESSOR_ENTITY, entityId: processorId, summary: { agreementId, reviewId: r.id, title: r.title, fileVersion: r.fileVersion } }
        : [],
  );
}
