import type { Art9Condition, LegalBasis, TransferMechanism } from "@/lib/inventory/labels";
import type { NoticeRetentionRule } from "./types";

// The record's codes in words a website visitor understands, with the article for those who check.

export function legalBasisText(basis: LegalBasis | null, legitimateInterest: string): string {
  switch (basis) {
    case "consent":
      return "Your consent, which you can withdraw at any time (Art. 6(1)(a) GDPR). Withdrawing it does not affect what we did before.";
    case "contract":
      return "Because you asked us to: we need the data to carry out a contract with you, or to take steps you asked for before entering into one (Art. 6(1)(b) GDPR).";
    case "legal_obligation":
      return "Because the law requires us to (a legal obligation, Art. 6(1)(c) GDPR).";
    case "vital_interests":
      return "To protect your life or someone else's (vital interests, Art. 6(1)(d) GDPR).";
    case "public_task":
      return "To carry out a task in the public interest or an official authority given to us (Art. 6(1)(e) GDPR).";
    case "legitimate_interests": {
      const interest = legitimateInterest.trim();
      return interest
        ? `Our legitimate interest (Art. 6(1)(f) GDPR): ${withFinalStop(interest)} You can object to this at any time.`
        : "Our legitimate interests (Art. 6(1)(f) GDPR). You can object to this at any time.";
    }
    default:
      return "Not yet stated. Ask our data protection officer.";
  }
}

const ART9_TEXT: Record<Art9Condition, string> = {
  explicit_consent: "your explicit consent, which you can withdraw at any time (Art. 9(2)(a) GDPR)",
  employment_law: "our obligations and your rights under employment and social security law (Art. 9(2)(b) GDPR)",
  vital_interests: "the need to protect your life or someone else's when consent cannot be given (Art. 9(2)(c) GDPR)",
  not_for_profit_body: "the legitimate activities of a not-for-profit body with regard to its members (Art. 9(2)(d) GDPR)",
  made_public: "the fact that you have clearly made this data public yourself (Art. 9(2)(e) GDPR)",
  legal_claims: "the need to establish, exercise or defend legal claims (Art. 9(2)(f) GDPR)",
  substantial_public_interest: "reasons of substantial public interest set out in law (Art. 9(2)(g) GDPR)",
  health_care: "the provision of health or social care (Art. 9(2)(h) GDPR)",
  public_health: "reasons of public interest in public health (Art. 9(2)(i) GDPR)",
  archiving_research: "archiving in the public interest, scientific or historical research, or statistics (Art. 9(2)(j) GDPR)",
};

export function specialCategoryText(names: string[], condition: Art9Condition | null): string {
  const which = joinWords(names);
  const sensitive = `${which} ${names.length === 1 ? "is a special category" : "are special categories"} of personal data, which the law protects more strictly.`;
  return condition
    ? `${sensitive} We use it only on the basis of ${ART9_TEXT[condition]}.`
    : `${sensitive} The legal condition for using it has not yet been stated. Ask our data protection officer.`;
}

export function transferText(recipient: string, country: string, mechanism: TransferMechanism, safeguards: string): string {
  const where = `${recipient} in ${country}`;
  const extra = safeguards.trim() ? ` ${withFinalStop(safeguards.trim())}` : "";
  switch (mechanism) {
    case "adequacy":
      return `${where}: the European Commission has decided that ${country} protects personal data adequately (an adequacy decision, Art. 45 GDPR).${extra}`;
    case "scc":
      return `${where}: protected by the standard contractual clauses adopted by the European Commission (Art. 46(2)(c) GDPR). You can ask our data protection officer for a copy.${extra}`;
    case "bcr":
      return `${where}: protected by binding corporate rules approved by a data protection authority (Art. 47 GDPR). You can ask our data protection officer for a copy.${extra}`;
    case "derogation":
      return `${where}: no adequacy decision or safeguard applies; the transfer relies on an exception the GDPR allows for specific situations (Art. 49 GDPR).${extra}`;
    case "none":
      return `${where}: no safeguard has been recorded for this transfer yet.${extra}`;
  }
}

/** "90 days (about 3 months)": the exact period, with a rounder figure beside it when that helps. */
export function periodText(days: number): string {
  if (days === 1) return "1 day";
  const exact = `${days} days`;
  if (days < 60) return exact;
  if (days % 365 === 0) return `${exact} (${days / 365 === 1 ? "1 year" : `${days / 365} years`})`;
  const months = Math.round(days / 30.4375);
  return months >= 24 && months % 12 === 0 ? `${exact} (about ${months / 12} years)` : `${exact} (about ${months} months)`;
}

export function retentionRuleText(rule: NoticeRetentionRule): string {
  const action = rule.action === "delete" ? "deleted" : "anonymised (everything that identifies you is removed)";
  const when = rule.keepDays === 0 ? "when the conversation ends" : `${periodText(rule.keepDays)} after the conversation ends`;
  return `${capitalise(ruleScope(rule))} are ${action} ${when}.`;
}

function ruleScope(rule: NoticeRetentionRule): string {
  const parts = ["chat conversations"];
  if (rule.sourceName) parts.push(`through ${rule.sourceName}`);
  if (rule.category) parts.push(`about ${rule.category}`);
  if (rule.specialCategory === true) parts.push("that contain special categories of data (such as health)");
  if (rule.specialCategory === false) parts.push("that contain no special categories of data");
  return parts.join(" ");
}

export const RIGHTS: ReadonlyArray<{ label: string; text: string }> = [
  { label: "Access (Art. 15)", text: "You can ask whether we hold personal data about you and get a copy of it, with an explanation of how we use it." },
  { label: "Rectification (Art. 16)", text: "You can ask us to correct data about you that is wrong, or to complete data that is incomplete." },
  { label: "Erasure (Art. 17)", text: "You can ask us to delete your data, for example when we no longer need it or when you withdraw your consent." },
  { label: "Restriction (Art. 18)", text: "You can ask us to limit what we do with your data, for example while we check whether it is correct." },
  {
    label: "Objection (Art. 21)",
    text: "Where we rely on our legitimate interests, you can object at any time for reasons relating to your situation; we then stop unless we have compelling legitimate grounds. You can always object to direct marketing.",
  },
  {
    label: "Portability (Art. 20)",
    text: "Where we use your data on the basis of your consent or a contract, you can ask for the data you gave us in a common machine-readable format, or ask us to send it to another organisation.",
  },
  { label: "Withdrawing consent (Art. 7(3))", text: "Where we rely on your consent, you can withdraw it at any time, as easily as you gave it. This does not affect what we did before you withdrew it." },
];

export function joinWords(items: string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

export function capitalise(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}

export function withFinalStop(s: string): string {
  return /[.!?]$/.test(s) ? s : `${s}.`;
}
