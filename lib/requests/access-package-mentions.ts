import type { AccessConversationInput, AuthorRole, Redaction } from "./access-package";
import { redactMessageText } from "./access-package";

// Other people's conversations that mention the person (their e-mail or phone typed into a message). They
// are not the person's own data, so they are never the package; the DPO sees each one and may include it
// as an extract: only the mentioning messages, with everyone else's details redacted (Art. 15(4)).

export interface MentionReview {
  conversationId: string;
  source: string;
  startedAt: string;
  /** How many of its messages mention the person. */
  messages: number;
  included: boolean;
  reason: string;
}

export interface AccessExtract {
  conversationId: string;
  source: string;
  startedAt: string;
  messages: Array<{ sentAt: string; author: AuthorRole; authorName: string | null; text: string }>;
}

export interface ExtractChoice {
  /** Conversations to include as extracts; every other one is left out. */
  include: ReadonlySet<string>;
  /** The DPO's reason for the choice; a standard sentence when none is given. */
  reason: string | null;
}

export const LEFT_OUT_REASON =
  "Another person's conversation that mentions you: left out, because it is theirs (Art. 15(4)). The DPO may include the messages that mention you as an extract.";
export const INCLUDED_REASON = "Another person's conversation that mentions you: the messages that mention you are included as an extract, with other people's details removed.";

const REASONS = {
  email: "An e-mail address in an extract that is not one of the person's own identifiers (Art. 15(4)).",
  phone: "A phone number in an extract that is not one of the person's own identifiers (Art. 15(4)).",
  author: "The name of whoever wrote in another person's conversation (Art. 15(4)): shown by role only.",
} as const;

/**
 * The review list (every mentioning conversation, included or not, with the reason) and the extracts of
 * the included ones. `kept` is what stays in transcripts: the person's own identifiers and the
 * organisation's contacts; everything else the detector finds is redacted, and every author is shown by
 * role only (the writer is another person, or staff).
 */
export function buildMentionExtracts(mentionedIn: readonly AccessConversationInput[], choice: ExtractChoice, kept: Set<string>, country: string) {
  const review: MentionReview[] = [];
  const extracts: AccessExtract[] = [];
  const redactions: Redaction[] = [];
  const ordered = [...mentionedIn].sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime() || (a.id < b.id ? -1 : 1));
  for (const c of ordered) {
    const included = choice.include.has(c.id);
    review.push({
      conversationId: c.id,
      source: c.sourceName,
      startedAt: c.startedAt.toISOString(),
      messages: c.messages.length,
      included,
      reason: choice.reason?.trim() || (included ? INCLUDED_REASON : LEFT_OUT_REASON),
    });
    if (!included) continue;
    const messages = [...c.messages]
      .sort((a, b) => a.sentAt.getTime() - b.sentAt.getTime() || a.id - b.id)
      .map((m) => {
        const sentAt = m.sentAt.toISOString();
        const where = { conversationId: c.id, messageId: m.id, messageSentAt: sentAt };
        if (m.authorName) redactions.push({ ...where, kind: m.author === "visitor" ? "visitor_name" : m.author === "agent" ? "agent_name" : "bot_name", reason: REASONS.author });
        const redacted = redactMessageText(m.text, kept, country);
        for (const s of redacted.spans) redactions.push({ ...where, kind: s.kind, reason: REASONS[s.kind] });
        return { sentAt, author: m.author, authorName: null, text: redacted.text };
      });
    extracts.push({ conversationId: c.id, source: c.sourceName, startedAt: c.startedAt.toISOString(), messages });
  }
  return { review, extracts, redactions };
}
