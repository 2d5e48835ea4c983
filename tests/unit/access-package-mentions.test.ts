import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildMentionExtracts, INCLUDED_REASON, LEFT_OUT_REASON } from "@/lib/requests/access-package-mentions";
import type { AccessConversationInput } from "@/lib/requests/access-package";

const conversation = (id: string, startedAt: string, texts: Array<[number, "visitor" | "agent", string | null, string]>): AccessConversationInput => ({
  id,
  sourceName: "website",
  startedAt: new Date(startedAt),
  endedAt: null,
  category: null,
  visitorName: null,
  visitorEmail: null,
  visitorPhone: null,
  messages: texts.map(([mid, author, authorName, text], n) => ({ id: mid, sentAt: new Date(Date.parse(startedAt) + n * 60_000), author, authorName, text, findings: [] })),
});

describe("access package: other people's conversations that mention the person", () => {
  const kept = new Set(["email:alva@example.org"]);
  const b = conversation("b", "2026-03-02T10:00:00Z", [[7, "visitor", "Bruno Falk", "alva@example.org sent me, write to bruno@example.net"]]);
  const c = conversation("c", "2026-03-01T10:00:00Z", [[9, "agent", "Maja", "We told alva@example.org"]]);

  it("lists every mentioning conversation, oldest first, left out by default with the standard reason", () => {
    const r = buildMentionExtracts([b, c], { include: new Set(), reason: null }, kept, "SE");
    assert.deepEqual(r.review.map((m) => [m.conversationId, m.messages, m.included, m.reason]), [
      ["c", 1, false, LEFT_OUT_REASON],
      ["b", 1, false, LEFT_OUT_REASON],
    ]);
    assert.deepEqual(r.extracts, []);
    assert.deepEqual(r.redactions, []);
  });

  it("an included extract keeps the person's own address, redacts everyone else's, and names authors by role only", () => {
    const r = buildMentionExtracts([b, c], { include: new Set(["b"]), reason: null }, kept, "SE");
    assert.deepEqual(r.review.map((m) => [m.conversationId, m.included, m.reason]), [
      ["c", false, LEFT_OUT_REASON],
      ["b", true, INCLUDED_REASON],
    ]);
    assert.equal(r.extracts.length, 1);
    const [m] = r.extracts[0]!.messages;
    assert.equal(m!.authorName, null);
    assert.equal(m!.text, "alva@example.org sent me, write to [redacted: another person's email]");
    assert.deepEqual(r.redactions.map((x) => x.kind).sort(), ["email", "visitor_name"]);
  });

  it("the DPO's reason replaces the standard one; a blank reason does not", () => {
    assert.equal(buildMentionExtracts([c], { include: new Set(), reason: "Not relevant to the request" }, kept, "SE").review[0]!.reason, "Not relevant to the request");
    assert.equal(buildMentionExtracts([c], { include: new Set(), reason: "   " }, kept, "SE").review[0]!.reason, LEFT_OUT_REASON);
  });
});
