import { detectPersonalData, normaliseEmail, normalisePhone, PII_TYPE_LABELS, piiMatchLabel, type CountryCode, type PiiType } from "@/lib/pii";
import type { NoticeBlock, PrivacyNotice } from "@/lib/notice/types";
import { joinWords } from "@/lib/notice/wording";
import { buildMentionExtracts, type AccessExtract, type ExtractChoice, type MentionReview } from "./access-package-mentions";

export type { AccessExtract, ExtractChoice, MentionReview };

// Builds the answer to an access (Art. 15) or portability (Art. 20) request from the chat data. Pure: the
// caller reads the database and stores what comes out. Art. 15(4): the copy must not adversely affect
// others, so staff names and other people's e-mail addresses and phone numbers are redacted, and every
// redaction is listed (without the redacted value) for the DPO to review before release.

export const ACCESS_PACKAGE_FORMAT = "dpo-desk.access-package/1";

export type AuthorRole = "visitor" | "agent" | "bot";

export interface AccessMessageInput {
  id: number;
  sentAt: Date;
  author: AuthorRole;
  authorName: string | null;
  text: string;
  findings: Array<{ type: PiiType; subtype: string | null; start: number; end: number }>;
}

export interface AccessConversationInput {
  id: string;
  sourceName: string;
  startedAt: Date;
  endedAt: Date | null;
  category: string | null;
  visitorName: string | null;
  visitorEmail: string | null;
  visitorPhone: string | null;
  messages: AccessMessageInput[];
}

export interface AccessPackageInput {
  request: { reference: string; type: "access" | "portability"; receivedAt: Date; subjectName: string | null };
  builtAt: Date;
  identifiers: Array<{ kind: "email" | "phone" | "visitor_id"; value: string; origin: "visitor" | "message" | "confirmed"; createdAt: Date }>;
  conversations: AccessConversationInput[];
  // The notice the record gives now: its wording is the Art. 15(1) information.
  notice: PrivacyNotice;
  controllerName: string;
  // The organisation's own published e-mail addresses and phone numbers: an agent giving them out is not
  // another person's data, so they stay in the transcript.
  organisationContacts: string[];
  // For phone numbers written without a country code.
  country: string;
  // Other people's conversations that mention the person, with only the mentioning messages.
  mentionedIn?: AccessConversationInput[];
  // Which of those become extracts; none unless the DPO chooses them.
  extracts?: ExtractChoice;
}

export type RedactionKind = "agent_name" | "bot_name" | "visitor_name" | "email" | "phone";

export interface Redaction {
  conversationId: string;
  messageId: number;
  messageSentAt: string;
  kind: RedactionKind;
  reason: string;
}

export interface InformationSection {
  id: string;
  heading: string;
  blocks: NoticeBlock[];
}

export interface AccessPackageJson {
  format: typeof ACCESS_PACKAGE_FORMAT;
  generatedAt: string;
  controller: string;
  request: { reference: string; type: string; receivedAt: string };
  person: { name: string | null; identifiers: Array<{ kind: string; value: string; seenIn: string; since: string }> };
  conversations: Array<{
    id: string;
    source: string;
    startedAt: string;
    endedAt: string | null;
    category: string | null;
    visitor: { name: string | null; email: string | null; phone: string | null };
    messages: Array<{ sentAt: string; author: AuthorRole; authorName: string | null; text: string }>;
  }>;
  findings: Array<{ type: PiiType; label: string; conversationId: string; messageSentAt: string }>;
  // The messages of other people's conversations that mention the person, where the DPO included them.
  extracts: AccessExtract[];
  information: InformationSection[];
  redactionNote: string;
}

export interface AccessPackage {
  json: AccessPackageJson;
  redactions: Redaction[];
  // For the DPO's review: every conversation of someone else that mentions the person, included or not, and why.
  mentions: MentionReview[];
  counts: { conversations: number; messages: number; identifiers: number; findings: number; redactions: number };
}

export const REDACTION_PLACEHOLDERS: Record<"email" | "phone", string> = {
  email: "[redacted: another person's email]",
  phone: "[redacted: another person's phone number]",
};

const REASONS: Record<RedactionKind, string> = {
  agent_name: "An employee's name (Art. 15(4)): shown as \"Agent\".",
  bot_name: "The name of an automated assistant, shown as \"Bot\" so the transcript reads the same for every author.",
  visitor_name: "The name of another visitor (Art. 15(4)).",
  email: "An e-mail address in the text that is not one of the person's own identifiers (Art. 15(4)).",
  phone: "A phone number in the text that is not one of the person's own identifiers (Art. 15(4)).",
};

// The notice's sections that carry the Art. 15(1)(a)–(h) and 15(2) information, in the notice's order.
const INFORMATION_SECTIONS = new Set(["controller", "purposes", "recipients", "transfers", "retention", "automated", "rights", "exercise", "complaint"]);

/** The person's own e-mail addresses and phone numbers, normalised as the identifier index keeps them. */
export function ownIdentifierSet(input: Pick<AccessPackageInput, "identifiers" | "conversations" | "country">): Set<string> {
  const own = new Set<string>();
  for (const i of input.identifiers) if (i.kind !== "visitor_id") own.add(`${i.kind}:${i.value}`);
  for (const c of input.conversations) {
    const email = c.visitorEmail ? normaliseEmail(c.visitorEmail) : null;
    const phone = c.visitorPhone ? normalisePhone(c.visitorPhone, input.country as CountryCode) : null;
    if (email) own.add(`email:${email}`);
    if (phone) own.add(`phone:${phone}`);
  }
  return own;
}

/**
 * One message's text with other people's e-mail addresses and phone numbers replaced. A match that does
 * not normalise (an odd spelling) cannot be shown to be the person's own, so it is redacted too: the DPO
 * sees it in the list and can release a corrected version if it was theirs.
 */
export function redactMessageText(text: string, own: Set<string>, country: string): { text: string; spans: Array<{ start: number; end: number; kind: "email" | "phone" }> } {
  const spans: Array<{ start: number; end: number; kind: "email" | "phone" }> = [];
  for (const m of detectPersonalData(text, { defaultCountry: country as CountryCode })) {
    if (m.type !== "email" && m.type !== "phone") continue;
    const raw = text.slice(m.start, m.end);
    const value = m.type === "email" ? normaliseEmail(raw) : normalisePhone(raw, country as CountryCode);
    if (value && own.has(`${m.type}:${value}`)) continue;
    spans.push({ start: m.start, end: m.end, kind: m.type });
  }
  let out = "";
  let cursor = 0;
  for (const s of spans) {
    out += text.slice(cursor, s.start) + REDACTION_PLACEHOLDERS[s.kind];
    cursor = s.end;
  }
  return { text: out + text.slice(cursor), spans };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** What stays in the transcripts: the person's own identifiers and the organisation's published contacts. */
export function keptIdentifierSet(input: Pick<AccessPackageInput, "identifiers" | "conversations" | "country" | "organisationContacts">): Set<string> {
  const kept = ownIdentifierSet(input);
  for (const raw of input.organisationContacts) {
    const email = raw.includes("@") ? normaliseEmail(raw) : null;
    const phone = email ? null : normalisePhone(raw, input.country as CountryCode);
    if (email) kept.add(`email:${email}`);
    if (phone) kept.add(`phone:${phone}`);
  }
  return kept;
}

export function buildAccessPackage(input: AccessPackageInput): AccessPackage {
  const own = keptIdentifierSet(input);
  const redactions: Redaction[] = [];
  const findings: AccessPackageJson["findings"] = [];
  let messageCount = 0;
  const conversations = [...input.conversations]
    .sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime() || (a.id < b.id ? -1 : 1))
    .map((c) => {
      // One entry per staff member per conversation is enough to review; the name is never repeated.
      const namedStaff = new Set<string>();
      const messages = [...c.messages]
        .sort((a, b) => a.sentAt.getTime() - b.sentAt.getTime() || a.id - b.id)
        .map((m) => {
          messageCount++;
          const sentAt = m.sentAt.toISOString();
          const where = { conversationId: c.id, messageId: m.id, messageSentAt: sentAt };
          let authorName = m.authorName;
          if (m.author !== "visitor") {
            authorName = m.author === "agent" ? "Agent" : "Bot";
            if (m.authorName && !namedStaff.has(`${m.author}:${m.authorName}`)) {
              namedStaff.add(`${m.author}:${m.authorName}`);
              const kind = m.author === "agent" ? "agent_name" : "bot_name";
              redactions.push({ ...where, kind, reason: REASONS[kind] });
            }
          }
          const redacted = redactMessageText(m.text, own, input.country);
          for (const s of redacted.spans) redactions.push({ ...where, kind: s.kind, reason: REASONS[s.kind] });
          // A finding on text that was redacted is about someone else: it leaves with the text.
          for (const f of m.findings) {
            if (redacted.spans.some((s) => overlaps(s, f))) continue;
            findings.push({ type: f.type, label: piiMatchLabel(f.type, f.subtype), conversationId: c.id, messageSentAt: sentAt });
          }
          return { sentAt, author: m.author, authorName, text: redacted.text };
        });
      return {
        id: c.id,
        source: c.sourceName,
        startedAt: c.startedAt.toISOString(),
        endedAt: c.endedAt?.toISOString() ?? null,
        category: c.category,
        visitor: { name: c.visitorName, email: c.visitorEmail, phone: c.visitorPhone },
        messages,
      };
    });
  const mentions = buildMentionExtracts(input.mentionedIn ?? [], input.extracts ?? { include: new Set(), reason: null }, own, input.country);
  redactions.push(...mentions.redactions);
  const json: AccessPackageJson = {
    format: ACCESS_PACKAGE_FORMAT,
    generatedAt: input.builtAt.toISOString(),
    controller: input.controllerName,
    request: { reference: input.request.reference, type: input.request.type, receivedAt: input.request.receivedAt.toISOString() },
    person: {
      name: input.request.subjectName,
      identifiers: input.identifiers.map((i) => ({
        kind: i.kind,
        value: i.value,
        seenIn: i.origin === "visitor" ? "the chat's contact details" : i.origin === "confirmed" ? "a chat message, confirmed as yours" : "a chat message",
        since: i.createdAt.toISOString(),
      })),
    },
    conversations,
    findings,
    extracts: mentions.extracts,
    information: [...informationSections(input.notice), sourceSection(input), findingsSection(findings)],
    redactionNote:
      "Other people's details in the transcripts have been removed to protect their rights (Art. 15(4) GDPR): staff names are shown as \"Agent\" or \"Bot\", and e-mail addresses and phone numbers that are not yours are replaced by a note saying what was removed.",
  };
  return {
    json,
    redactions,
    mentions: mentions.review,
    counts: { conversations: conversations.length, messages: messageCount, identifiers: input.identifiers.length, findings: findings.length, redactions: redactions.length },
  };
}

function informationSections(notice: PrivacyNotice): InformationSection[] {
  const out: InformationSection[] = [];
  for (const s of notice.sections) {
    if (!INFORMATION_SECTIONS.has(s.id)) continue;
    // Subsections (one per purpose) are flattened: the package is read top to bottom, like a letter.
    out.push({ id: s.id, heading: s.heading, blocks: s.blocks });
    for (const sub of s.subsections ?? []) out.push({ id: `${s.id}/${sub.id}`, heading: sub.heading, blocks: sub.blocks });
  }
  return out;
}

// Art. 15(1)(g): where the data came from, as the data itself shows it.
function sourceSection(input: AccessPackageInput): InformationSection {
  const sources = [...new Set(input.conversations.map((c) => c.sourceName))].sort();
  const text = sources.length
    ? `The data in this copy comes from you: what you wrote and the contact details you gave in our chat (${joinWords(sources)}), and the replies our staff and assistants wrote to you.`
    : "We hold no chat conversations with you. The identifiers listed are all the chat data we hold about you.";
  return { id: "source", heading: "Where your data comes from", blocks: [{ type: "paragraph", text }] };
}

// What the detector found in the person's messages, as categories of data (Art. 15(1)(b)).
function findingsSection(findings: AccessPackageJson["findings"]): InformationSection {
  const types = [...new Set(findings.map((f) => PII_TYPE_LABELS[f.type].toLowerCase()))].sort();
  const text = types.length
    ? `Besides your messages and contact details, the messages contain these kinds of personal data: ${joinWords(types)}. Each one is listed in the findings.`
    : "Besides your messages and contact details, we found no other kinds of personal data in the messages.";
  return { id: "categories", heading: "Categories of data in this copy", blocks: [{ type: "paragraph", text }] };
}
