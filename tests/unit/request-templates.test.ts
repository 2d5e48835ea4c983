import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { REQUEST_TYPES } from "@/lib/requests/labels";
import {
  complaintAuthority,
  erasureRecipientsText,
  confirmationCodeLetter,
  renderTemplate,
  rightToComplain,
  TEMPLATE_KINDS,
  verificationCodeLetter,
  type LetterFacts,
} from "@/lib/requests/templates";

const organisation = {
  controllerName: "Northwind Outdoor AB",
  address: "Storgatan 1, 111 22 Stockholm",
  contactEmail: "privacy@northwind.example",
  contactPhone: "+46 8 123 456",
  dpoName: "Dana Lindqvist",
  dpoEmail: "dpo@northwind.example",
  country: "SE",
};

const facts: LetterFacts = {
  reference: "DSR-2026-0042",
  type: "access",
  name: "Anna Svensson",
  receivedDate: "2026-01-31",
  dueDate: "2026-03-02",
  organisation,
};

describe("request letters", () => {
  it("fills the acknowledgement with the name, reference, dates and the organisation", () => {
    const l = renderTemplate("acknowledgement", facts);
    assert.equal(l.subject, "Your request DSR-2026-0042 has been received");
    assert.match(l.body, /^Dear Anna Svensson,/);
    assert.match(l.body, /received your request to see the personal data we hold about you on 31 January 2026/);
    assert.match(l.body, /at the latest by Monday 2 March 2026/);
    assert.match(l.body, /Northwind Outdoor AB\nStorgatan 1, 111 22 Stockholm · privacy@northwind\.example · \+46 8 123 456/);
    assert.match(l.body, /Data protection officer: Dana Lindqvist, dpo@northwind\.example$/);
  });

  it("greets without a name when none is known", () => {
    assert.match(renderTemplate("acknowledgement", { ...facts, name: null }).body, /^Hello,/);
    assert.match(renderTemplate("acknowledgement", { ...facts, name: "  " }).body, /^Hello,/);
  });

  it("gives the extended date and the reasons in the extension notice", () => {
    const l = renderTemplate("extension_notice", { ...facts, extendedDueDate: "2026-04-30", extensionReason: "Five years of chat history to review" });
    assert.match(l.body, /The reasons: Five years of chat history to review\./);
    assert.match(l.body, /by Thursday 30 April 2026 at the latest/);
    assert.match(l.body, /Integritetsskyddsmyndigheten \(IMY\)/);
  });

  it("names the Art. 12(4) ground and the right to complain in a refusal", () => {
    const l = renderTemplate("rejection", { ...facts, rejectionGround: "excessive", rejectionReasons: "The fourth identical request this month." });
    assert.match(l.body, /Excessive, in particular repetitive \(Art\. 12\(5\)\)/);
    assert.match(l.body, /The fourth identical request this month\./);
    assert.match(l.body, /right to lodge a complaint with a supervisory authority/);
    assert.match(l.body, /judicial remedy/);
  });

  it("has a response for every type, each with the right to complain", () => {
    for (const type of REQUEST_TYPES) {
      const l = renderTemplate("response", { ...facts, type });
      assert.equal(l.subject, "Your request DSR-2026-0042: our answer");
      assert.match(l.body, /Art\. 77 GDPR/, type);
    }
    assert.match(renderTemplate("response", { ...facts, type: "portability" }).body, /machine-readable format \(JSON\)/);
    assert.match(renderTemplate("response", { ...facts, type: "erasure" }).body, /Art\. 19/);
  });

  it("says in the erasure answer only what is true of the recipients (Art. 19)", () => {
    const body = (recipients: { told: string[]; untold: string[] } | null) => renderTemplate("response", { ...facts, type: "erasure", recipients }).body;
    const untold = body({ told: [], untold: ["Chatly AB", "Mailer Ltd"] });
    assert.doesNotMatch(untold, /we have told them/i);
    assert.match(untold, /We will tell those we had shared your data with of the erasure: Chatly AB and Mailer Ltd \(Art\. 19\)/);
    assert.match(body({ told: ["Chatly AB"], untold: ["Mailer Ltd"] }), /We have told Chatly AB of the erasure, and will also tell Mailer Ltd \(Art\. 19\)/);
    assert.match(body({ told: ["Chatly AB", "Mailer Ltd"], untold: [] }), /We have told those we had shared your data with of the erasure: Chatly AB and Mailer Ltd/);
    assert.match(body({ told: [], untold: [] }), /We had not shared your data/);
    assert.match(body(null), /we will tell them of the erasure \(Art\. 19\)/);
    assert.equal(erasureRecipientsText({ told: ["A"], untold: [] }), "We have told those we had shared your data with of the erasure: A (Art. 19).");
  });

  it("renders every kind without leftover markers", () => {
    for (const kind of TEMPLATE_KINDS) {
      const l = renderTemplate(kind, { ...facts, extendedDueDate: "2026-04-30", rejectionGround: "other" });
      assert.doesNotMatch(l.body, /\{|\}|undefined|null|\[/, kind);
    }
  });

  it("names the authority of the organisation's country, or a general one", () => {
    assert.match(complaintAuthority("se"), /IMY/);
    assert.match(complaintAuthority("DE"), /BfDI/);
    assert.equal(complaintAuthority("XX"), "the data protection supervisory authority of your country");
    assert.match(rightToComplain("FI"), /tietosuoja\.fi/);
  });

  it("puts the code in the code e-mails", () => {
    const c = confirmationCodeLetter({ code: "482913", controllerName: "Northwind Outdoor AB", typeTitle: "Delete my data", validHours: 24 });
    assert.equal(c.subject, "Your confirmation code: 482913");
    assert.match(c.body, /sent Northwind Outdoor AB a data protection request \("Delete my data"\)/);
    assert.match(c.body, /valid for 24 hours/);
    const v = verificationCodeLetter({ code: "111222", reference: "DSR-2026-0042", controllerName: "Northwind Outdoor AB", validHours: 72 });
    assert.match(v.body, /111222/);
    assert.match(v.subject, /DSR-2026-0042/);
  });
});
