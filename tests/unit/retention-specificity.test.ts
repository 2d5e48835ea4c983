import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compareCodePoints, pickRule, ruleCovers, specificity, type RuleForMatching } from "@/lib/retention/specificity";

const WEB = "11111111-1111-4111-8111-111111111111";
const SHOP = "22222222-2222-4222-8222-222222222222";

function rule(name: string, keepDays: number, criteria: Partial<Pick<RuleForMatching, "sourceId" | "category" | "specialCategory">> = {}): RuleForMatching {
  return { id: name, name, keepDays, sourceId: null, category: null, specialCategory: null, ...criteria };
}

const plain = { sourceId: WEB, category: null, hasSpecialCategory: false };

describe("specificity", () => {
  it("counts the criteria a rule sets", () => {
    assert.equal(specificity(rule("a", 1)), 0);
    assert.equal(specificity(rule("a", 1, { sourceId: WEB })), 1);
    assert.equal(specificity(rule("a", 1, { category: "sales" })), 1);
    assert.equal(specificity(rule("a", 1, { specialCategory: false })), 1, "false is a criterion: only conversations without");
    assert.equal(specificity(rule("a", 1, { specialCategory: true })), 1);
    assert.equal(specificity(rule("a", 1, { sourceId: WEB, category: "sales" })), 2);
    assert.equal(specificity(rule("a", 1, { sourceId: WEB, category: "sales", specialCategory: true })), 3);
  });

  it("counts a set criterion as SQL does (not null), even an empty category", () => {
    assert.equal(specificity(rule("a", 1, { category: "" })), 1);
  });
});

describe("ruleCovers", () => {
  it("a rule with no criteria covers everything", () => {
    assert.ok(ruleCovers(rule("all", 30), plain));
    assert.ok(ruleCovers(rule("all", 30), { sourceId: SHOP, category: "Returns", hasSpecialCategory: true }));
  });

  it("matches the source exactly", () => {
    assert.ok(ruleCovers(rule("web", 30, { sourceId: WEB }), plain));
    assert.ok(!ruleCovers(rule("shop", 30, { sourceId: SHOP }), plain));
  });

  it("matches the category without regard to case, including non-ASCII letters", () => {
    assert.ok(ruleCovers(rule("r", 30, { category: "Returns" }), { ...plain, category: "returns" }));
    assert.ok(ruleCovers(rule("r", 30, { category: "HÄLSA" }), { ...plain, category: "hälsa" }));
    assert.ok(!ruleCovers(rule("r", 30, { category: "Returns" }), { ...plain, category: "Return" }));
  });

  it("a category rule does not cover uncategorised conversations", () => {
    assert.ok(!ruleCovers(rule("r", 30, { category: "Returns" }), plain));
  });

  it("special category: true only with, false only without, null either", () => {
    const sensitive = { ...plain, hasSpecialCategory: true };
    assert.ok(ruleCovers(rule("s", 30, { specialCategory: true }), sensitive));
    assert.ok(!ruleCovers(rule("s", 30, { specialCategory: true }), plain));
    assert.ok(ruleCovers(rule("s", 30, { specialCategory: false }), plain));
    assert.ok(!ruleCovers(rule("s", 30, { specialCategory: false }), sensitive));
  });

  it("needs every set criterion to match", () => {
    const r = rule("r", 30, { sourceId: WEB, category: "sales", specialCategory: true });
    assert.ok(ruleCovers(r, { sourceId: WEB, category: "Sales", hasSpecialCategory: true }));
    assert.ok(!ruleCovers(r, { sourceId: SHOP, category: "Sales", hasSpecialCategory: true }));
    assert.ok(!ruleCovers(r, { sourceId: WEB, category: "Support", hasSpecialCategory: true }));
    assert.ok(!ruleCovers(r, { sourceId: WEB, category: "Sales", hasSpecialCategory: false }));
  });
});

describe("pickRule", () => {
  it("returns null when no rule covers the conversation: a gap", () => {
    assert.equal(pickRule([], plain), null);
    assert.equal(pickRule([rule("shop", 30, { sourceId: SHOP })], plain), null);
  });

  it("the most specific covering rule wins, even with a longer period", () => {
    const general = rule("Everything", 30);
    const web = rule("Website", 365, { sourceId: WEB });
    const webHealth = rule("Website health", 400, { sourceId: WEB, specialCategory: true });
    assert.equal(pickRule([general, web, webHealth], plain)?.name, "Website");
    assert.equal(pickRule([general, web, webHealth], { ...plain, hasSpecialCategory: true })?.name, "Website health");
    assert.equal(pickRule([general, web, webHealth], { ...plain, sourceId: SHOP })?.name, "Everything");
  });

  it("a more specific rule that does not cover the conversation is ignored", () => {
    const rules = [rule("General", 90), rule("Shop returns", 10, { sourceId: SHOP, category: "returns" })];
    assert.equal(pickRule(rules, { ...plain, category: "returns" })?.name, "General");
  });

  it("between equally specific rules the shorter period wins", () => {
    const bySource = rule("By source", 365, { sourceId: WEB });
    const byHealth = rule("By health", 30, { specialCategory: true });
    const sensitive = { ...plain, hasSpecialCategory: true };
    assert.equal(pickRule([bySource, byHealth], sensitive)?.name, "By health");
    assert.equal(pickRule([byHealth, bySource], sensitive)?.name, "By health", "row order does not matter");
  });

  it("zero days is a period like any other and is the shortest", () => {
    assert.equal(pickRule([rule("Week", 7, { category: "x" }), rule("Now", 0, { sourceId: WEB })], { ...plain, category: "x" })?.name, "Now");
  });

  it("equal specificity and period: the name decides, in code point order, whatever the row order", () => {
    const a = rule("Alpha", 30, { sourceId: WEB });
    const b = rule("Beta", 30, { category: "sales" });
    const conv = { ...plain, category: "sales" };
    assert.equal(pickRule([a, b], conv)?.name, "Alpha");
    assert.equal(pickRule([b, a], conv)?.name, "Alpha");
    // Upper case sorts before lower case in code point order (PostgreSQL's collate "C").
    const upper = rule("Zeta", 30, { sourceId: WEB });
    const lower = rule("alpha", 30, { category: "sales" });
    assert.equal(pickRule([lower, upper], conv)?.name, "Zeta");
  });

  it("returns the caller's own rule object", () => {
    const r = { ...rule("Mine", 5), extra: 42 };
    assert.equal(pickRule([r], plain)?.extra, 42);
  });
});

describe("compareCodePoints", () => {
  it("orders like PostgreSQL's collate \"C\" on UTF-8, not like UTF-16 units", () => {
    assert.ok(compareCodePoints("a", "b") < 0);
    assert.ok(compareCodePoints("B", "a") < 0);
    assert.ok(compareCodePoints("ab", "abc") < 0);
    assert.equal(compareCodePoints("same", "same"), 0);
    // U+FF5E (fullwidth tilde) < U+1F600 (emoji) by code point, though "\u{1F600}" < "\uFF5E" in UTF-16 units.
    assert.ok("\u{1F600}" < "\uFF5E");
    assert.ok(compareCodePoints("\uFF5E", "\u{1F600}") < 0);
  });
});
