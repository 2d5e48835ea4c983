// Which retention rule covers a conversation. Kept in one place so the SQL that assigns rules
// and the screens that explain them agree.

export interface RuleCriteria {
  sourceId: string | null;
  category: string | null;
  specialCategory: boolean | null;
}

export interface RuleForMatching extends RuleCriteria {
  id: string;
  name: string;
  keepDays: number;
}

export interface ConversationForMatching {
  sourceId: string;
  category: string | null;
  hasSpecialCategory: boolean;
}

/** How many criteria a rule sets: the rule setting more of them is the more specific. */
export function specificity(rule: RuleCriteria): number {
  // "Set" means not null, exactly as the SQL counts it (`is not null`), so an empty string could never make them disagree.
  return (rule.sourceId !== null ? 1 : 0) + (rule.category !== null ? 1 : 0) + (rule.specialCategory !== null ? 1 : 0);
}

export function ruleCovers(rule: RuleCriteria, conversation: ConversationForMatching): boolean {
  return (
    (rule.sourceId === null || rule.sourceId === conversation.sourceId) &&
    (rule.category === null || rule.category.toLowerCase() === (conversation.category ?? "").toLowerCase()) &&
    (rule.specialCategory === null || rule.specialCategory === conversation.hasSpecialCategory)
  );
}

/**
 * The most specific covering rule wins. Between equally specific rules the shorter period wins
 * (keep no longer than necessary, Art. 5(1)(e)), then the name, so the choice never depends on row order.
 * Must stay in step with the ORDER BY in db/queries/retention-assign.ts.
 */
export function pickRule<R extends RuleForMatching>(rules: readonly R[], conversation: ConversationForMatching): R | null {
  let best: R | null = null;
  for (const rule of rules) {
    if (!ruleCovers(rule, conversation)) continue;
    if (!best || compareRules(rule, best) < 0) best = rule;
  }
  return best;
}

export function compareRules(a: RuleForMatching, b: RuleForMatching): number {
  return specificity(b) - specificity(a) || a.keepDays - b.keepDays || compareCodePoints(a.name, b.name);
}

/**
 * Orders names by Unicode code point, as PostgreSQL's `collate "C"` does on UTF-8. JavaScript's `<`
 * compares UTF-16 units, which puts characters beyond U+FFFF before U+E000–U+FFFF and would disagree.
 */
export function compareCodePoints(a: string, b: string): number {
  const x = Array.from(a, (c) => c.codePointAt(0)!);
  const y = Array.from(b, (c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return x[i]! - y[i]!;
  }
  return x.length - y.length;
}
