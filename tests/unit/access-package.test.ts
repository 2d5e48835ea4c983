import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildAccessPackage, REDACTION_PLACEHOLDERS, type AccessPackageInput } from "@/lib/requests/access-package";
import { escapeHtml, renderAccessPackageHtml } from "@/lib/requests/access-package-html";
import type { PrivacyNotice } from "@/lib/notice/types";

const notice: PrivacyNotice = {
  format: 1,
  title: "Privacy notice",
  introduction: "",
  sections: [
    { id: "controller", heading: "Who we are", blocks: [{ type: "paragraph", text: "Acme AB is responsible." }] },
    { id: "purposes", heading: "What we collect", blocks: [{ type: "paragraph", text: "Purposes:" }], subsections: [{ id: "purpose-1", heading: "Support", blocks: [{ type: "facts", items: [{ label: "Why", text: "To help you." }] }] }] },
    { id: "retention", heading: "How long we keep your data", blocks: [{ type: "paragraph", text: "90 days." }] },
    { id: "rights", heading: "Your rights", blocks: [{ type: "facts", items: [{ label: "Erasure (Art. 17)", text: "Ask us to delete." }] }] },
    { id: "complaint", heading: "Your right to complain", blocks: [{ type: "paragraph", text: "Complain to IMY." }] },
    { id: "changes", heading: "Changes to this notice", blocks: [{ type: "paragraph", text: "We publish new versions." }] },
  ],
};

const at = (m: number) => new Date(Date.UTC(2026, 10, 1, 10, m));

function input(over: Partial<AccessPackageInput> = {}): AccessPackageInput {
  return {
    request: { reference: "DSR-2026-0001", type: "access", receivedAt: at(0), subjectName: "Anna Svensson" },
    builtAt: at(59),
    identifiers: [
      { kind: "email", value: "anna@example.se", origin: "visitor", createdAt: at(1) },
      { kind: "phone", value: "+46701234567", origin: "message", createdAt: at(1) },
    ],
    conversations: [
      {
        id: "c1",
        sourceName: "Website chat",
        startedAt: at(1),
        endedAt: at(9),
        category: "billing",
        visitorName: "Anna",
        visitorEmail: "anna@example.se",
        visitorPhone: null,
        messages: [
          { id: 2, sentAt: at(3), author: "agent", authorName: "Maria Agentsson", text: "Hi! Is ANNA@example.se your address? Call me on 070-765 43 21.", findings: [] },
          {
            id: 1,
            sentAt: at(2),
            author: "visitor",
            authorName: "Anna",
            text: "My number is 070-123 45 67, and my husband is bo@other.se <script>alert(1)</script>",
            findings: [
              { type: "phone", subtype: null, start: 13, end: 26, },
              { type: "email", subtype: null, start: 46, end: 57 },
            ],
          },
          { id: 3, sentAt: at(4), author: "bot", authorName: "HelpBot", text: "Thanks.", findings: [] },
          { id: 4, sentAt: at(5), author: "agent", authorName: "Maria Agentsson", text: "Done.", findings: [] },
        ],
      },
    ],
    notice,
    controllerName: "Acme AB",
    organisationContacts: ["privacy@acme.example", "+46 8 555 010 00"],
    country: "SE",
    ...over,
  };
}

describe("access package", () => {
  const pkg = buildAccessPackage(input());
  const c = pkg.json.conversations[0]!;

  it("orders messages by time and keeps the person's own identifiers in the text", () => {
    assert.deepEqual(c.messages.map((m) => m.sentAt), [at(2), at(3), at(4), at(5)].map((d) => d.toISOString()));
    assert.match(c.messages[0]!.text, /070-123 45 67/);
    assert.match(c.messages[1]!.text, /ANNA@example\.se/);
  });

  it("redacts another person's email and phone and lists each redaction", () => {
    assert.ok(!c.messages[0]!.text.includes("bo@other.se"));
    assert.ok(c.messages[0]!.text.includes(REDACTION_PLACEHOLDERS.email));
    assert.ok(!c.messages[1]!.text.includes("765 43 21"));
    assert.ok(c.messages[1]!.text.includes(REDACTION_PLACEHOLDERS.phone));
    const kinds = pkg.redactions.map((r) => `${r.messageId}:${r.kind}`).sort();
    assert.deepEqual(kinds, ["1:email", "2:agent_name", "2:phone", "3:bot_name"]);
    for (const r of pkg.redactions) {
      assert.equal(r.conversationId, "c1");
      assert.ok(r.reason.length > 10);
      assert.ok(!JSON.stringify(r).includes("bo@other.se") && !JSON.stringify(r).includes("Maria"));
    }
  });

  it("hides agent and bot names but keeps the visitor's", () => {
    assert.deepEqual(c.messages.map((m) => m.authorName), ["Anna", "Agent", "Bot", "Agent"]);
    assert.deepEqual(c.messages.map((m) => m.author), ["visitor", "agent", "bot", "agent"]);
    assert.ok(!JSON.stringify(pkg.json).includes("Maria") && !JSON.stringify(pkg.json).includes("HelpBot"));
  });

  it("drops findings on redacted text and keeps the person's own", () => {
    assert.deepEqual(pkg.json.findings.map((f) => f.type), ["phone"]);
    assert.equal(pkg.counts.findings, 1);
  });

  it("carries the identifiers and the Art. 15 information from the notice, without the notice's own housekeeping", () => {
    assert.deepEqual(pkg.json.person.identifiers.map((i) => i.value), ["anna@example.se", "+46701234567"]);
    const ids = pkg.json.information.map((s) => s.id);
    for (const id of ["controller", "purposes", "purposes/purpose-1", "retention", "rights", "complaint", "source", "categories"]) assert.ok(ids.includes(id), id);
    assert.ok(!ids.includes("changes"));
    assert.match(pkg.json.information.find((s) => s.id === "source")!.blocks[0]!.type, /paragraph/);
    assert.deepEqual(pkg.counts, { conversations: 1, messages: 4, identifiers: 2, findings: 1, redactions: 4 });
  });

  it("never redacts anything when only the person writes about themselves", () => {
    const own = buildAccessPackage(
      input({
        conversations: [{ ...input().conversations[0]!, messages: [{ id: 9, sentAt: at(2), author: "visitor", authorName: null, text: "Reach me at Anna@Example.se or +46 70 123 45 67", findings: [] }] }],
      }),
    );
    assert.equal(own.redactions.length, 0);
    assert.equal(own.json.conversations[0]!.messages[0]!.text, "Reach me at Anna@Example.se or +46 70 123 45 67");
  });
});

describe("the organisation's own contacts", () => {
  it("stay in the transcript while a stranger's are redacted", () => {
    const text = "Write to Privacy@acme.example or call 08-555 010 00, not eve@elsewhere.example.";
    const pkg = buildAccessPackage(input({ conversations: [{ ...input().conversations[0]!, messages: [{ id: 7, sentAt: at(2), author: "agent", authorName: null, text, findings: [] }] }] }));
    assert.equal(pkg.json.conversations[0]!.messages[0]!.text, `Write to Privacy@acme.example or call 08-555 010 00, not ${REDACTION_PLACEHOLDERS.email}.`);
    assert.deepEqual(pkg.redactions.map((r) => r.kind), ["email"]);
  });
});

describe("access package document", () => {
  const html = renderAccessPackageHtml(buildAccessPackage(input()).json, "Europe/Stockholm");

  it("escapes chat text and carries no script", () => {
    assert.ok(!html.includes("<script>"));
    assert.ok(html.includes("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert.equal(escapeHtml(`<a href="x">'&'</a>`), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });

  it("is a self-contained page with the data and the information", () => {
    assert.match(html, /^<!doctype html>/);
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'none'/);
    assert.match(html, /<style>[\s\S]*@media print/);
    assert.ok(!/<link|src=|https?:\/\//.test(html));
    for (const s of ["Acme AB", "anna@example.se", "Your right to complain", "Complain to IMY.", "Where your data comes from", "Agent", "DSR-2026-0001"]) assert.ok(html.includes(s), s);
    assert.ok(!html.includes("Maria"));
  });
});
