import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { generateNotice, normaliseIntroduction } from "@/lib/notice/generate";
import { noticeHash, noticeText } from "@/lib/notice/render";
import type { NoticeActivity, NoticeInput, NoticeSection, PrivacyNotice } from "@/lib/notice/types";
import type { OrganisationDetails } from "@/lib/organisation/details";
import { periodText, retentionRuleText } from "@/lib/notice/wording";

const org: OrganisationDetails = {
  controllerName: "Northwind Outdoor AB",
  address: "Storgatan 1, Stockholm",
  contactEmail: "privacy@example.test",
  contactPhone: "+46 8 000 00 00",
  dpoName: "Dana Lindqvist",
  dpoEmail: "dpo@example.test",
  dpoPhone: "",
  representative: "",
  country: "SE",
};

function activity(overrides: Partial<NoticeActivity> = {}): NoticeActivity {
  return {
    name: "Website live chat support",
    purposes: "Answer visitors' questions in real time",
    legalBasis: "contract",
    legitimateInterest: "",
    art9Condition: null,
    subjectCategories: ["Website visitors"],
    dataCategories: [{ name: "Contact details", special: false }],
    recipients: "Customer service agents",
    transfers: [],
    retention: "",
    coversChat: true,
    retentionRules: [{ keepDays: 90, action: "delete", sourceName: null, category: null, specialCategory: null }],
    processors: [],
    source: "",
    ...overrides,
  };
}

function generate(activities: NoticeActivity[], extra: Partial<NoticeInput> = {}) {
  return generateNotice({ organisation: org, activities, introduction: "", ...extra });
}

function section(notice: PrivacyNotice, id: string): NoticeSection {
  const found = notice.sections.find((s) => s.id === id);
  assert.ok(found, `no section ${id}`);
  return found;
}

// Every text of a section (its blocks and subsections) as one string, to search in.
function sectionText(notice: PrivacyNotice, id: string): string {
  const flat = (s: NoticeSection): string[] => [
    s.heading,
    ...s.blocks.flatMap((b) =>
      b.type === "paragraph" ? [b.text] : b.type === "list" ? b.items : b.type === "link" ? [`${b.text} <${b.href}>`] : b.items.map((f) => `${f.label}: ${f.text}`),
    ),
    ...(s.subsections ?? []).flatMap(flat),
  ];
  return flat(section(notice, id)).join("\n");
}

describe("notice: who we are", () => {
  it("names the controller, its contact and the DPO with their contact", () => {
    const text = sectionText(generate([activity()]).notice, "controller");
    assert.match(text, /Northwind Outdoor AB is responsible for the personal data/);
    assert.match(text, /Address: Storgatan 1, Stockholm, Sweden/);
    assert.match(text, /Email: privacy@example\.test/);
    assert.match(text, /Our data protection officer is Dana Lindqvist\. You can reach them at dpo@example\.test\./);
    assert.doesNotMatch(text, /representative/);
  });

  it("does not name the country twice when the address already does", () => {
    const text = sectionText(generate([activity()], { organisation: { ...org, address: "Sveavägen 44, 111 34 Stockholm, Sweden" } }).notice, "controller");
    assert.match(text, /Address: Sveavägen 44, 111 34 Stockholm, Sweden$/m);
  });

  it("mentions the Art. 27 representative only when there is one, and warns when the DPO contact is missing", () => {
    const { notice, warnings } = generate([activity()], { organisation: { ...org, representative: "Rep GmbH, Berlin", dpoEmail: "", dpoPhone: "" } });
    assert.match(sectionText(notice, "controller"), /Our representative in the EU \(Art\. 27 GDPR\): Rep GmbH, Berlin/);
    assert.ok(warnings.some((w) => /email or phone is missing/.test(w)));
  });

  it("says honestly that the controller is not entered yet, and warns", () => {
    const { notice, warnings } = generate([activity()], { organisation: null });
    assert.match(sectionText(notice, "controller"), /have not been entered yet/);
    assert.equal(notice.title, "Privacy notice for our website chat");
    assert.ok(warnings.some((w) => /organisation's name is missing/.test(w)));
  });
});

describe("notice: purposes and legal basis in words", () => {
  it("describes only the activities that cover chat data", () => {
    const { notice } = generate([activity(), activity({ name: "Staff training records", coversChat: false })]);
    const purposes = section(notice, "purposes");
    assert.deepEqual(purposes.subsections?.map((s) => s.heading), ["Website live chat support"]);
    assert.doesNotMatch(noticeText(notice), /Staff training/);
  });

  const cases: Array<[NoticeActivity["legalBasis"], string, RegExp]> = [
    ["contract", "", /Because you asked us to: we need the data to carry out a contract with you.*Art\. 6\(1\)\(b\)/],
    ["consent", "", /Your consent, which you can withdraw at any time \(Art\. 6\(1\)\(a\) GDPR\)/],
    ["legal_obligation", "", /Because the law requires us to .*Art\. 6\(1\)\(c\)/],
    ["vital_interests", "", /protect your life .*Art\. 6\(1\)\(d\)/],
    ["public_task", "", /task in the public interest .*Art\. 6\(1\)\(e\)/],
    ["legitimate_interests", "Giving prompt customer service", /Our legitimate interest \(Art\. 6\(1\)\(f\) GDPR\): Giving prompt customer service\. You can object to this at any time\./],
  ];
  for (const [basis, interest, expected] of cases) {
    it(`words the legal basis ${basis}`, () => {
      const { notice } = generate([activity({ legalBasis: basis, legitimateInterest: interest })]);
      assert.match(sectionText(notice, "purposes"), expected);
    });
  }

  it("warns when a legitimate interest is not stated or the basis is missing, and says so in the notice", () => {
    const li = generate([activity({ legalBasis: "legitimate_interests" })]);
    assert.match(sectionText(li.notice, "purposes"), /Our legitimate interests \(Art\. 6\(1\)\(f\) GDPR\)/);
    assert.ok(li.warnings.some((w) => /does not say which/.test(w)));
    const none = generate([activity({ legalBasis: null })]);
    assert.match(sectionText(none.notice, "purposes"), /Legal basis: Not yet stated/);
    assert.ok(none.warnings.some((w) => /has no legal basis/.test(w)));
  });

  it("lists what is collected, about whom and from where", () => {
    const { notice } = generate([activity({ dataCategories: [{ name: "Contact details", special: false }, { name: "Order details", special: false }], source: "The visitors themselves" })]);
    const text = sectionText(notice, "purposes");
    assert.match(text, /What we use: Contact details and Order details\./);
    assert.match(text, /About whom: Website visitors\./);
    assert.match(text, /Where it comes from: The visitors themselves\./);
  });
});

describe("notice: special categories", () => {
  it("names the special categories and the Art. 9 condition in words", () => {
    const { notice, warnings } = generate([activity({ dataCategories: [{ name: "Health data", special: true }], art9Condition: "explicit_consent" })]);
    assert.match(sectionText(notice, "purposes"), /Special categories: Health data is a special category of personal data.*your explicit consent, which you can withdraw at any time \(Art\. 9\(2\)\(a\) GDPR\)/);
    assert.deepEqual(warnings, []);
  });

  it("says the condition is not stated and warns when there is none", () => {
    const { notice, warnings } = generate([activity({ dataCategories: [{ name: "Health data", special: true }, { name: "Religion", special: true }] })]);
    assert.match(sectionText(notice, "purposes"), /Health data and Religion are special categories.*has not yet been stated/);
    assert.ok(warnings.some((w) => /no Art\. 9 condition/.test(w)));
  });

  it("adds no special-category text when there are none", () => {
    assert.doesNotMatch(sectionText(generate([activity()]).notice, "purposes"), /Special categories/);
  });
});

describe("notice: recipients and transfers", () => {
  it("lists recipients per purpose and the processors with service and country", () => {
    const { notice } = generate([
      activity({ processors: [{ name: "ChatCo", service: "Live chat platform.", country: "IE", transferMechanism: null }] }),
    ]);
    const text = sectionText(notice, "recipients");
    assert.match(text, /Website live chat support: Customer service agents\./);
    assert.match(text, /ChatCo \(Live chat platform\), Ireland/);
    assert.match(sectionText(notice, "transfers"), /We do not transfer your data to countries outside the European Economic Area/);
  });

  const mechanisms: Array<[string, RegExp]> = [
    ["adequacy", /CRM Inc in United States: the European Commission has decided that United States protects personal data adequately/],
    ["scc", /standard contractual clauses adopted by the European Commission \(Art\. 46\(2\)\(c\) GDPR\)/],
    ["bcr", /binding corporate rules approved by a data protection authority \(Art\. 47 GDPR\)/],
    ["derogation", /exception the GDPR allows for specific situations \(Art\. 49 GDPR\)/],
    ["none", /no safeguard has been recorded for this transfer yet/],
  ];
  for (const [mechanism, expected] of mechanisms) {
    it(`words the transfer safeguard ${mechanism}`, () => {
      const { notice } = generate([activity({ transfers: [{ recipient: "CRM Inc", country: "US", mechanism: mechanism as "scc", safeguards: "TIA of 2026-03-01" }] })]);
      const text = sectionText(notice, "transfers");
      assert.match(text, expected);
      assert.match(text, /TIA of 2026-03-01\./);
      assert.match(text, /outside the European Economic Area \(EEA\)/);
    });
  }

  it("treats a processor outside the EEA as a transfer with its mechanism, and one without a mechanism as a gap", () => {
    const { notice, warnings } = generate([
      activity({
        processors: [
          { name: "BotCo", service: "Chatbot", country: "US", transferMechanism: "scc" },
          { name: "MailCo", service: "Email", country: "IN", transferMechanism: null },
        ],
      }),
    ]);
    const text = sectionText(notice, "transfers");
    assert.match(text, /BotCo in United States: protected by the standard contractual clauses/);
    assert.match(text, /MailCo in India: no safeguard has been recorded/);
    assert.ok(warnings.some((w) => /MailCo \(IN\) is outside the EEA with no transfer mechanism/.test(w)));
  });

  it("mentions the same transfer once even when several activities make it", () => {
    const t = { recipient: "CRM Inc", country: "US", mechanism: "adequacy" as const, safeguards: "" };
    const { notice } = generate([activity({ transfers: [t] }), activity({ name: "Chat-to-CRM", transfers: [t] })]);
    const list = section(notice, "transfers").blocks.find((b) => b.type === "list");
    assert.equal(list?.type === "list" ? list.items.length : 0, 1);
  });
});

describe("notice: retention", () => {
  it("turns the chat retention rules into periods after the conversation ends", () => {
    const { notice } = generate([
      activity({
        retentionRules: [
          { keepDays: 90, action: "delete", sourceName: null, category: null, specialCategory: null },
          { keepDays: 30, action: "anonymise", sourceName: null, category: null, specialCategory: true },
        ],
      }),
    ]);
    const text = sectionText(notice, "retention");
    assert.match(text, /Chat conversations are deleted 90 days \(about 3 months\) after the conversation ends\./);
    assert.match(text, /Chat conversations that contain special categories of data \(such as health\) are anonymised \(everything that identifies you is removed\) 30 days after the conversation ends\./);
  });

  it("adds the activity's own retention text for other records, and uses it alone when no rule is linked", () => {
    const both = generate([activity({ retention: "CRM records kept 24 months" })]);
    assert.match(sectionText(both.notice, "retention"), /after the conversation ends\. Other records: CRM records kept 24 months\./);
    const own = generate([activity({ retentionRules: [], retention: "Deleted after 12 months" })]);
    assert.match(sectionText(own.notice, "retention"), /Website live chat support: Deleted after 12 months\./);
  });

  it("says and warns when no retention is stated", () => {
    const { notice, warnings } = generate([activity({ retentionRules: [] })]);
    assert.match(sectionText(notice, "retention"), /Not yet stated/);
    assert.ok(warnings.some((w) => /has no retention/.test(w)));
  });

  it("words periods exactly, with a rounder figure beside long ones", () => {
    assert.equal(periodText(1), "1 day");
    assert.equal(periodText(30), "30 days");
    assert.equal(periodText(90), "90 days (about 3 months)");
    assert.equal(periodText(365), "365 days (1 year)");
    assert.equal(periodText(730), "730 days (2 years)");
    assert.equal(periodText(1095), "1095 days (3 years)");
    assert.equal(
      retentionRuleText({ keepDays: 0, action: "delete", sourceName: "Web widget", category: "returns", specialCategory: false }),
      "Chat conversations through Web widget about returns that contain no special categories of data are deleted when the conversation ends.",
    );
  });
});

describe("notice: rights, requests, complaint, obligation, automated decisions", () => {
  it("explains all seven rights", () => {
    const text = sectionText(generate([activity()]).notice, "rights");
    for (const right of ["Access", "Rectification", "Erasure", "Restriction", "Objection", "Portability", "Withdrawing consent"]) assert.match(text, new RegExp(`${right} \\(Art\\.`));
  });

  it("sends requests to the DPO's email, else the organisation's, with the one-month deadline", () => {
    assert.match(sectionText(generate([activity()]).notice, "exercise"), /write to our data protection officer at dpo@example\.test\..*within one month/s);
    const fallback = generate([activity()], { organisation: { ...org, dpoEmail: "" } });
    assert.match(sectionText(fallback.notice, "exercise"), /write to us at privacy@example\.test\./);
    // The public request form is offered too, linked within the site.
    assert.match(sectionText(fallback.notice, "exercise"), /Make a request about your personal data <\/request>/);
    assert.match(noticeText(fallback.notice), /Make a request about your personal data: \/request/);
  });

  it("names IMY for a Swedish controller, and the authority in your country otherwise", () => {
    assert.match(sectionText(generate([activity()]).notice, "complaint"), /Swedish Authority for Privacy Protection \(Integritetsskyddsmyndigheten, IMY\)/);
    const de = sectionText(generate([activity()], { organisation: { ...org, country: "DE" } }).notice, "complaint");
    assert.match(de, /the supervisory authority in your country/);
    assert.doesNotMatch(de, /IMY/);
  });

  it("says chat is voluntary and names the contract and consent cases", () => {
    const text = sectionText(generate([activity(), activity({ name: "Newsletter signup", legalBasis: "consent" })]).notice, "required");
    assert.match(text, /Using the chat is voluntary/);
    assert.match(text, /For Website live chat support, we need some of your data to carry out a contract/);
    assert.match(text, /For Newsletter signup, we ask for your consent/);
  });

  it("says there are no automated decisions unless an activity's purposes mention profiling", () => {
    assert.match(sectionText(generate([activity()]).notice, "automated"), /We do not make decisions about you by automated means only\./);
    const profiled = generate([activity({ purposes: "Score leads by profiling chat behaviour" })]);
    const text = sectionText(profiled.notice, "automated");
    assert.doesNotMatch(text, /We do not make decisions/);
    assert.match(text, /Website live chat support involves profiling or automated decision-making/);
    assert.ok(profiled.warnings.some((w) => /profiling/.test(w)));
  });
});

describe("notice: determinism, introduction and rendering", () => {
  it("gives the same notice and hash for the same input, and a different hash when anything changes", () => {
    const a = generate([activity()], { introduction: "Hello" }).notice;
    const b = generate([activity()], { introduction: "Hello" }).notice;
    assert.equal(noticeHash(a), noticeHash(b));
    assert.equal(noticeText(a), noticeText(b));
    assert.notEqual(noticeHash(generate([activity({ retentionRules: [] })], { introduction: "Hello" }).notice), noticeHash(a));
    assert.notEqual(noticeHash(generate([activity()], { introduction: "Hello!" }).notice), noticeHash(a));
  });

  it("hashes the same whatever order the keys come back in (jsonb does not keep it)", () => {
    const notice = generate([activity()]).notice;
    const reordered = JSON.parse(JSON.stringify({ sections: notice.sections, introduction: notice.introduction, title: notice.title, format: notice.format })) as PrivacyNotice;
    assert.equal(noticeHash(reordered), noticeHash(notice));
  });

  it("normalises the introduction's line endings and blank runs", () => {
    assert.equal(normaliseIntroduction("  First line  \r\nSecond\r\n\r\n\r\n\r\nThird  "), "First line\nSecond\n\nThird");
  });

  it("renders plain numbered text without markup, one paragraph per line", () => {
    const text = noticeText(generate([activity()], { introduction: "We care about privacy." }).notice);
    const lines = text.split("\n");
    assert.equal(lines[0], "Privacy notice for the Northwind Outdoor AB website chat");
    assert.equal(lines[2], "We care about privacy.");
    assert.ok(lines.includes("1. Who we are"));
    assert.ok(lines.includes("2.1. Website live chat support"));
    assert.ok(lines.includes("Legal basis: Because you asked us to: we need the data to carry out a contract with you, or to take steps you asked for before entering into one (Art. 6(1)(b) GDPR)."));
    assert.doesNotMatch(text, /[#*_`]/);
    assert.ok(text.endsWith("\n"));
  });
});
