import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { activityFormSchema, transferFormSchema } from "@/lib/inventory/form-schema";
import { activityProblems, isEeaCountry, transferProblems, type ActivityFacts } from "@/lib/inventory/rules";
import { parseActivityListParams } from "@/lib/inventory/list-params";

const base: ActivityFacts = { legalBasis: "contract", legitimateInterest: "", art9Condition: null, hasSpecialCategory: false };
const problems = (over: Partial<ActivityFacts>) => activityProblems({ ...base, ...over });

describe("activity rules (Art. 6 and 9)", () => {
  it("accepts a plain contract activity, and a draft with no basis yet", () => {
    assert.deepEqual(problems({}), {});
    assert.deepEqual(problems({ legalBasis: null }), {});
  });

  it("needs the legitimate interest when the basis is legitimate interests", () => {
    assert.ok(problems({ legalBasis: "legitimate_interests" }).legitimateInterest);
    assert.ok(problems({ legalBasis: "legitimate_interests", legitimateInterest: "   " }).legitimateInterest);
    assert.deepEqual(problems({ legalBasis: "legitimate_interests", legitimateInterest: "Customer service" }), {});
    assert.deepEqual(problems({ legalBasis: "consent", legitimateInterest: "" }), {});
  });

  it("needs an Art. 9 condition when a special category is chosen, and only then", () => {
    assert.match(problems({ hasSpecialCategory: true }).art9Condition ?? "", /Art\. 9/);
    assert.deepEqual(problems({ hasSpecialCategory: true, art9Condition: "explicit_consent" }), {});
    assert.ok(problems({ art9Condition: "health_care" }).art9Condition);
  });

  it("reports both problems at once", () => {
    assert.deepEqual(Object.keys(problems({ legalBasis: "legitimate_interests", hasSpecialCategory: true })).sort(), ["art9Condition", "legitimateInterest"]);
  });
});

describe("transfer rules (Chapter V)", () => {
  it("knows the EEA", () => {
    for (const c of ["SE", "DE", "NO", "IS", "LI"]) assert.ok(isEeaCountry(c), c);
    for (const c of ["US", "GB", "CH", "IN"]) assert.ok(!isEeaCountry(c), c);
  });

  it("refuses EEA countries and asks for safeguards under SCC, BCR and derogations", () => {
    assert.ok(transferProblems({ country: "FR", mechanism: "adequacy", safeguards: "" }).country);
    assert.ok(transferProblems({ country: "US", mechanism: "scc", safeguards: "" }).safeguards);
    assert.ok(transferProblems({ country: "IN", mechanism: "bcr", safeguards: " " }).safeguards);
    assert.match(transferProblems({ country: "US", mechanism: "derogation", safeguards: "" }).safeguards ?? "", /Art\. 49/);
    assert.deepEqual(transferProblems({ country: "GB", mechanism: "adequacy", safeguards: "" }), {});
    assert.deepEqual(transferProblems({ country: "US", mechanism: "none", safeguards: "" }), {});
    assert.deepEqual(transferProblems({ country: "US", mechanism: "scc", safeguards: "SCC 2021 module 2" }), {});
  });

  it("parses the transfer form, upper-casing the country and refusing unknown codes", () => {
    const id = "3f1c2a64-8c1e-4c4b-9a57-2f0a8f4c1d11";
    const ok = transferFormSchema.safeParse({ activityId: id, recipient: "Vendor", country: "us", mechanism: "adequacy" });
    assert.ok(ok.success);
    assert.equal(ok.data.country, "US");
    const bad = transferFormSchema.safeParse({ activityId: id, recipient: "Vendor", country: "XX", mechanism: "adequacy" });
    assert.ok(!bad.success);
  });
});

describe("activity form", () => {
  const special = "9b3e1f0c-2a44-4d1e-8f3a-1c2b3d4e5f60";
  const plain = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
  const schema = activityFormSchema(new Set([special]));
  const form = { name: "Chat", purposes: "Support", dpiaStatus: "not_needed" };

  it("reads one ticked box, several, or none", () => {
    assert.deepEqual(schema.parse({ ...form, dataCategoryIds: plain }).dataCategoryIds, [plain]);
    assert.deepEqual(schema.parse({ ...form, dataCategoryIds: [plain, plain] }).dataCategoryIds, [plain]);
    assert.deepEqual(schema.parse(form).measureIds, []);
    assert.ok(!schema.safeParse({ ...form, measureIds: ["not-an-id"] }).success);
  });

  it("applies the Art. 9 rule with the special ids it was built with", () => {
    const r = schema.safeParse({ ...form, dataCategoryIds: [plain, special] });
    assert.ok(!r.success);
    assert.deepEqual(r.error.issues.map((i) => i.path.join(".")), ["art9Condition"]);
    assert.ok(schema.safeParse({ ...form, dataCategoryIds: [special], art9Condition: "explicit_consent" }).success);
  });

  it("turns empty selects into null and refuses garbage enums", () => {
    const v = schema.parse({ ...form, legalBasis: "", art9Condition: "", ownerId: "" });
    assert.equal(v.legalBasis, null);
    assert.equal(v.ownerId, null);
    assert.ok(!schema.safeParse({ ...form, legalBasis: "because" }).success);
    assert.ok(!schema.safeParse({ ...form, dpiaStatus: undefined }).success);
  });
});

describe("activity list parameters", () => {
  it("falls back to defaults on garbage and hides archived by default", () => {
    const { query, urlValues } = parseActivityListParams({ basis: "nope", page: "-3", sort: "x", special: "maybe" });
    assert.equal(query.basis, undefined);
    assert.equal(query.page, 1);
    assert.equal(query.sort, "name");
    assert.equal(query.archived, "active");
    assert.equal(query.special, undefined);
    assert.deepEqual(Object.values(urlValues).filter(Boolean), []);
  });

  it("keeps valid filters in the URL values", () => {
    const { query, urlValues } = parseActivityListParams({ basis: "consent", special: "no", q: " chat ", archived: "all", page: "2", sort: "dpia" });
    assert.equal(query.special, false);
    assert.equal(query.search, "chat");
    assert.equal(query.page, 2);
    assert.deepEqual(urlValues, { basis: "consent", dpia: undefined, special: "no", q: "chat", archived: "all", sort: "dpia" });
  });
});

describe("activity history sentences", () => {
  it("names enum changes with their labels, link changes with counts, other fields by name", async () => {
    const { describeActivityEvent } = await import("@/lib/inventory/history");
    assert.equal(describeActivityEvent("activity.create", {}), "Added to the record");
    const text = describeActivityEvent("activity.update", {
      changed: ["dpiaStatus", "measureIds", "purposes"],
      dpiaStatus: { from: "needed", to: "done" },
      measureIds: { added: ["a", "b"], removed: ["c"] },
    });
    assert.match(text, /^Edited DPIA status: .+ → .+; security measures \(\+2 −1\); purposes$/);
    assert.equal(describeActivityEvent("activity.transfer_add", { country: "US", mechanism: "scc" }), "Transfer added: US (scc)");
  });
});
