import { createHash } from "node:crypto";
import { and, asc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max";
import { detectPersonalData, normaliseEmail, normalisePhone } from "@/lib/pii";
import type { DbOrTx } from "@/db";
import {
  activityDataCategories,
  conversations,
  dataSubjects,
  processingActivities,
  processorActivities,
  processors,
  subjectIdentifiers,
  type ErasureException,
  type ErasureKeptItem,
  type SubjectRequest,
} from "@/db/schema";
import { queryRows } from "@/db/sql";

/** "erased-<first 8 hex of sha256(request id)>": stable, so a retry and the certificate name the same reference. */
export const erasurePseudonym = (requestId: string) => `erased-${createHash("sha256").update(requestId).digest("hex").slice(0, 8)}`;

export interface MaskTarget {
  messageId: number;
  conversationId: string;
  spans: Array<{ start: number; end: number; placeholder: string }>;
}

export interface ErasurePlan {
  subjectId: string | null;
  personHeld: boolean;
  /** The person's own conversations to delete, with their message counts. */
  toDelete: Array<{ id: string; messages: number; startedAt: Date }>;
  kept: ErasureKeptItem[];
  /** Messages in other people's conversations that name this person: their identifiers are masked there. */
  toMask: MaskTarget[];
  identifiers: Array<{ id: string; kind: string; value: string }>;
  /** Whether the person and their identifiers go (not when held, or when a held conversation still names them). */
  removePerson: boolean;
  processors: Array<{ id: string; name: string }>;
  /** What identifies the person in text: normalised e-mails and phones, lower-cased full names. */
  want: PersonDetails;
}

export interface PersonDetails {
  emails: Set<string>;
  phones: Set<string>;
  names: Set<string>;
}

const list = (ids: readonly string[]) => sql`(select value::uuid from json_array_elements_text(${JSON.stringify(ids)}::json))`;

// Only full names (two words or more) are searched for in other people's text: a first name alone would mask strangers.
function searchableName(name: string | null | undefined): string | null {
  const n = name?.trim().toLowerCase().replace(/\s+/g, " ") ?? "";
  return n.length >= 5 && n.includes(" ") ? n : null;
}

/**
 * What erasing the request's person means right now, read in the caller's transaction (the execution locks
 * first, so what it reads is what it erases). The person is the request's linked data subject; their
 * conversations are those linked to them (plus the request's conversation when it is linked to nobody).
 * Another person's conversation is "shared" when one of this person's e-mails, phones or full names appears
 * in its text: only those spans are masked there. With an Art. 17(3) exception nothing of the chat data goes.
 */
export async function planErasure(tx: DbOrTx, request: SubjectRequest, exception: ErasureException, country: string): Promise<ErasurePlan> {
  const subjectId = request.dataSubjectId;
  const [person] = subjectId ? await tx.select({ heldAt: dataSubjects.legalHoldAt, name: dataSubjects.displayName }).from(dataSubjects).where(eq(dataSubjects.id, subjectId)) : [];
  const personHeld = Boolean(person?.heldAt);
  const own = await tx
    .select({ id: conversations.id, heldAt: conversations.legalHoldAt, startedAt: conversations.startedAt, visitorName: conversations.visitorName, messages: conversations.messageCount })
    .from(conversations)
    .where(
      or(
        subjectId ? eq(conversations.subjectId, subjectId) : sql`false`,
        request.conversationId ? and(eq(conversations.id, request.conversationId), isNull(conversations.subjectId)) : sql`false`,
      ),
    )
    .orderBy(asc(conversations.id));
  const identifiers = subjectId
    ? await tx.select({ id: subjectIdentifiers.id, kind: subjectIdentifiers.kind, value: subjectIdentifiers.value }).from(subjectIdentifiers).where(eq(subjectIdentifiers.subjectId, subjectId)).orderBy(asc(subjectIdentifiers.id))
    : [];
  const processorList = await tx
    .selectDistinct({ id: processors.id, name: processors.name })
    .from(processors)
    .innerJoin(processorActivities, eq(processorActivities.processorId, processors.id))
    .innerJoin(processingActivities, eq(processingActivities.id, processorActivities.activityId))
    .where(and(or(eq(processingActivities.coversChat, true), inArray(processingActivities.id, activitiesSharingChatData(tx))), isNull(processors.archivedAt)))
    .orderBy(asc(processors.name), asc(processors.id));

  const kept: ErasureKeptItem[] = [];
  const toDelete: ErasurePlan["toDelete"] = [];
  for (const c of own) {
    if (exception !== "none") kept.push({ conversationId: c.id, reason: "exception" });
    else if (personHeld) kept.push({ conversationId: c.id, reason: "person_hold" });
    else if (c.heldAt) kept.push({ conversationId: c.id, reason: "conversation_hold" });
    else toDelete.push({ id: c.id, messages: c.messages, startedAt: c.startedAt });
  }
  const removePerson = exception === "none" && !personHeld && kept.length === 0 && subjectId !== null;

  const emails = new Set<string>();
  const phones = new Set<string>();
  for (const i of identifiers) {
    if (i.kind === "email") emails.add(i.value);
    if (i.kind === "phone") phones.add(i.value);
  }
  const requestEmail = request.subjectEmail ? normaliseEmail(request.subjectEmail) : null;
  if (requestEmail) emails.add(requestEmail);
  const requestPhone = request.subjectPhone ? normalisePhone(request.subjectPhone, country as CountryCode) : null;
  if (requestPhone) phones.add(requestPhone);
  const names = new Set([request.subjectName, person?.name, ...own.map((c) => c.visitorName)].map(searchableName).filter((n): n is string => n !== null));
  const digitNeedles = [...phones].map((p) => parsePhoneNumberFromString(p)?.nationalNumber).filter((d): d is NonNullable<typeof d> => Boolean(d)).map(String);
  const textNeedles = [...emails, ...names];
  const want = { emails, phones, names };
  const base = { subjectId, personHeld, toDelete, kept, identifiers, removePerson, processors: processorList, want };
  if (exception !== "none" || personHeld) return { ...base, toMask: [] };
  const toMask = textNeedles.length || digitNeedles.length ? await findShared(tx, own.map((c) => c.id), textNeedles, digitNeedles, want, country, kept) : [];
  return { ...base, toMask };
}

/**
 * A scan of every other message for the person's details: erasure is rare and must be complete, so it
 * reads the text rather than trusting the findings (a name is never a finding). Candidates are narrowed
 * in SQL, then the exact spans are found by the detector (phones in any format) and plain search.
 */
async function findShared(
  tx: DbOrTx,
  ownIds: string[],
  textNeedles: string[],
  digitNeedles: string[],
  want: PersonDetails,
  country: string,
  kept: ErasureKeptItem[],
): Promise<MaskTarget[]> {
  const rows = await queryRows<{ id: string; conversation_id: string; text: string; conv_held: boolean; person_held: boolean }>(
    tx,
    sql`select m.id, m.conversation_id, m.text, c.legal_hold_at is not null as conv_held, coalesce(ds.legal_hold_at is not null, false) as person_held
          from messages m
          join conversations c on c.id = m.conversation_id
          left join data_subjects ds on ds.id = c.subject_id
         where m.conversation_id not in ${list(ownIds)}
           and (exists (select 1 from json_array_elements_text(${JSON.stringify(textNeedles)}::json) n(v) where strpos(lower(m.text), n.v) > 0)
             or exists (select 1 from json_array_elements_text(${JSON.stringify(digitNeedles)}::json) d(v) where strpos(regexp_replace(m.text, '[^0-9]', '', 'g'), d.v) > 0))
         order by m.id`,
  );
  const out: MaskTarget[] = [];
  const heldShared = new Map<string, ErasureKeptItem["reason"]>();
  for (const r of rows) {
    const spans = spansFor(r.text, want, country);
    if (spans.length === 0) continue;
    // Another person's hold preserves their conversation as it is, this person's details included.
    if (r.conv_held || r.person_held) {
      heldShared.set(r.conversation_id, r.conv_held ? "conversation_hold" : "person_hold");
      continue;
    }
    out.push({ messageId: Number(r.id), conversationId: r.conversation_id, spans });
  }
  for (const [conversationId, reason] of heldShared) kept.push({ conversationId, reason });
  return out;
}

/** Where the person's details sit in one text, as non-overlapping spans with their placeholders. */
export function spansFor(text: string, want: PersonDetails, country: string): MaskTarget["spans"] {
  const found: MaskTarget["spans"] = [];
  for (const m of detectPersonalData(text, { defaultCountry: country as CountryCode })) {
    const raw = text.slice(m.start, m.end);
    if (m.type === "email" && want.emails.has(normaliseEmail(raw) ?? "")) found.push({ start: m.start, end: m.end, placeholder: "[email]" });
    if (m.type === "phone" && want.phones.has(normalisePhone(raw, country as CountryCode) ?? "")) found.push({ start: m.start, end: m.end, placeholder: "[phone number]" });
  }
  const lower = text.toLowerCase();
  for (const needle of [...want.emails, ...want.names]) {
    // toLowerCase keeps UTF-16 length for the addresses and names people type, so offsets carry over.
    if (lower.length !== text.length) break;
    for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + needle.length)) {
      found.push({ start: at, end: at + needle.length, placeholder: want.emails.has(needle) ? "[email]" : "[name]" });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: MaskTarget["spans"] = [];
  for (const s of found) {
    const last = merged[merged.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}

/**
 * Art. 19 reaches every recipient the person's data was disclosed to. Besides the chat activities, that is
 * any activity of the record holding a data category the chat activities hold (the chat's e-mail addresses
 * also kept by, say, a CRM activity): their processors receive the same data.
 */
function activitiesSharingChatData(tx: DbOrTx) {
  const chatCategories = tx
    .select({ id: activityDataCategories.categoryId })
    .from(activityDataCategories)
    .innerJoin(processingActivities, eq(processingActivities.id, activityDataCategories.activityId))
    .where(eq(processingActivities.coversChat, true));
  return tx.select({ id: activityDataCategories.activityId }).from(activityDataCategories).where(inArray(activityDataCategories.categoryId, chatCategories));
}
