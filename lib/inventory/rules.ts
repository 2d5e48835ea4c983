import type { Art9Condition, LegalBasis, TransferMechanism } from "./labels";

export interface ActivityFacts {
  legalBasis: LegalBasis | null;
  legitimateInterest: string;
  art9Condition: Art9Condition | null;
  // Whether any chosen data category is an Art. 9(1) special category.
  hasSpecialCategory: boolean;
}

/**
 * What Art. 6 and 9 require of an activity's record, as field → problem. Empty means consistent.
 * Missing basis or retention is allowed here on purpose: a draft record is better than none, and
 * the gaps list reports what is still missing.
 */
export function activityProblems(f: ActivityFacts): Record<string, string> {
  const p: Record<string, string> = {};
  if (f.legalBasis === "legitimate_interests" && !f.legitimateInterest.trim()) {
    p.legitimateInterest = "Describe the legitimate interest pursued (Art. 6(1)(f)).";
  }
  if (f.hasSpecialCategory && !f.art9Condition) {
    p.art9Condition = "A chosen data category is special (Art. 9(1)): choose the Art. 9(2) condition that allows it.";
  }
  if (!f.hasSpecialCategory && f.art9Condition) {
    p.art9Condition = "An Art. 9 condition applies only to special categories: choose one, or leave the condition empty.";
  }
  return p;
}

// EU member states plus Iceland, Liechtenstein and Norway: transfers among them are not Chapter V transfers.
const EEA = new Set("AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK IS LI NO".split(" "));

export function isEeaCountry(code: string): boolean {
  return EEA.has(code);
}

export interface TransferFacts {
  country: string;
  mechanism: TransferMechanism;
  safeguards: string;
}

/** What Chapter V asks of a recorded transfer to a third country. */
export function transferProblems(t: TransferFacts): Record<string, string> {
  const p: Record<string, string> = {};
  if (isEeaCountry(t.country)) p.country = "This country is in the EEA: sending data there is not a third-country transfer.";
  // Art. 46 safeguards and Art. 49 derogations must be named so the record shows what the transfer relies on.
  if ((t.mechanism === "scc" || t.mechanism === "bcr" || t.mechanism === "derogation") && !t.safeguards.trim()) {
    p.safeguards =
      t.mechanism === "derogation"
        ? "Name the Art. 49(1) derogation relied on (e.g. explicit consent, performance of a contract)."
        : "Describe the safeguards (which clauses or rules, and the transfer impact assessment).";
  }
  return p;
}
