import { isEeaCountry } from "@/lib/inventory/rules";
import { countryName } from "./countries";
import type { OrganisationDetails } from "@/lib/organisation/details";
import type { GeneratedNotice, NoticeActivity, NoticeBlock, NoticeInput, NoticeSection } from "./types";
import { joinWords, legalBasisText, RIGHTS, retentionRuleText, specialCategoryText, transferText, withFinalStop } from "./wording";

// Code-point order, not locale order: the same record must give the same notice on any server.
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const uniqueSorted = (items: string[]) => [...new Set(items)].sort(byText);

// Only what the record says decides whether the notice may state "no automated decisions".
const AUTOMATED = /\bprofiling\b|\bautomated decision/i;

/** The introduction as stored and shown: line endings normalised, trailing space and runs of blank lines removed. */
export function normaliseIntroduction(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * The Art. 13 notice for the website chat, generated from the record: only activities that cover
 * chat data are described. Pure and deterministic: the same input always gives the same notice.
 */
export function generateNotice(input: NoticeInput): GeneratedNotice {
  const warnings: string[] = [];
  const org = input.organisation;
  const activities = input.activities.filter((a) => a.coversChat);
  if (!org || !org.controllerName.trim()) warnings.push("The organisation's name is missing: fill in Settings → Organisation.");
  if (activities.length === 0) warnings.push('No current activity in the record is marked "covers live chat data", so the notice describes no purpose.');

  const sections: NoticeSection[] = [
    whoWeAre(org, warnings),
    purposes(activities, warnings),
    recipients(activities, warnings),
    transfers(activities, warnings),
    retention(activities, warnings),
    required(activities),
    automated(activities, warnings),
    { id: "rights", heading: "Your rights", blocks: [{ type: "paragraph", text: "You have these rights over your personal data:" }, { type: "facts", items: [...RIGHTS] }] },
    exercise(org, warnings),
    complaint(org),
    {
      id: "changes",
      heading: "Changes to this notice",
      blocks: [{ type: "paragraph", text: "We publish a new version of this notice when the way we use personal data changes. Earlier versions remain available." }],
    },
  ];
  const name = org?.controllerName.trim();
  return {
    notice: {
      format: 1,
      title: name ? `Privacy notice for the ${name} website chat` : "Privacy notice for our website chat",
      introduction: normaliseIntroduction(input.introduction),
      sections,
    },
    // One processor or transfer can be behind several activities: say each problem once.
    warnings: [...new Set(warnings)],
  };
}

function whoWeAre(org: OrganisationDetails | null, warnings: string[]): NoticeSection {
  const blocks: NoticeBlock[] = [];
  const name = org?.controllerName.trim();
  if (!org || !name) {
    blocks.push({ type: "paragraph", text: "The details of the organisation responsible for your data have not been entered yet." });
    return { id: "controller", heading: "Who we are", blocks };
  }
  blocks.push({ type: "paragraph", text: `${name} is responsible for the personal data described in this notice (the controller): we decide why and how it is used.` });
  const contact = [
    ["Address", addressText(org.address.trim(), org.country)],
    ["Email", org.contactEmail.trim()],
    ["Phone", org.contactPhone.trim()],
    ["Our representative in the EU (Art. 27 GDPR)", org.representative.trim()],
  ].filter(([, v]) => v) as Array<[string, string]>;
  if (contact.length) blocks.push({ type: "facts", items: contact.map(([label, text]) => ({ label, text })) });
  const dpoReach = joinOr([org.dpoEmail.trim(), org.dpoPhone.trim()].filter(Boolean));
  if (org.dpoName.trim()) {
    blocks.push({ type: "paragraph", text: `Our data protection officer is ${org.dpoName.trim()}${dpoReach ? `. You can reach them at ${dpoReach}.` : "."}` });
  } else if (dpoReach) {
    blocks.push({ type: "paragraph", text: `You can reach our data protection officer at ${dpoReach}.` });
  }
  if (!org.dpoName.trim() && !dpoReach) warnings.push("The data protection officer's name and contact are missing: fill in Settings → Organisation.");
  else if (!dpoReach) warnings.push("The data protection officer's email or phone is missing: fill in Settings → Organisation.");
  return { id: "controller", heading: "Who we are", blocks };
}

function purposes(activities: NoticeActivity[], warnings: string[]): NoticeSection {
  const intro: NoticeBlock = activities.length
    ? { type: "paragraph", text: "When you use the chat on our website, we use your personal data for the purposes below. For each one we say what we use, why, and on what legal basis." }
    : { type: "paragraph", text: "No use of personal data from the chat is recorded at the moment." };
  const subsections = activities.map((a, i): NoticeSection => {
    const data = a.dataCategories.map((c) => c.name);
    const special = a.dataCategories.filter((c) => c.special).map((c) => c.name);
    if (!data.length) warnings.push(`"${a.name}" has no data categories.`);
    if (!a.legalBasis) warnings.push(`"${a.name}" has no legal basis.`);
    if (a.legalBasis === "legitimate_interests" && !a.legitimateInterest.trim()) warnings.push(`"${a.name}" relies on legitimate interests but does not say which.`);
    if (special.length && !a.art9Condition) warnings.push(`"${a.name}" includes special categories but no Art. 9 condition.`);
    const facts = [
      { label: "Why", text: withFinalStop(a.purposes.trim() || "Not yet stated") },
      { label: "What we use", text: data.length ? withFinalStop(joinWords(data)) : "Not yet stated." },
      { label: "About whom", text: a.subjectCategories.length ? withFinalStop(joinWords(a.subjectCategories)) : "" },
      { label: "Where it comes from", text: a.source.trim() ? withFinalStop(a.source.trim()) : "" },
      { label: "Legal basis", text: legalBasisText(a.legalBasis, a.legitimateInterest) },
      { label: "Special categories", text: special.length ? specialCategoryText(special, a.art9Condition) : "" },
    ].filter((f) => f.text);
    return { id: `purpose-${i + 1}`, heading: a.name, blocks: [{ type: "facts", items: facts }] };
  });
  return { id: "purposes", heading: "What we collect in the chat and why", blocks: [intro], subsections };
}

function recipients(activities: NoticeActivity[], warnings: string[]): NoticeSection {
  const blocks: NoticeBlock[] = [];
  const named = activities.filter((a) => a.recipients.trim());
  if (named.length) {
    blocks.push({ type: "paragraph", text: "Who receives the data, for each purpose:" });
    blocks.push({ type: "facts", items: named.map((a) => ({ label: a.name, text: withFinalStop(a.recipients.trim()) })) });
  }
  const processors = uniqueSorted(
    activities.flatMap((a) => a.processors.map((p) => `${p.name}${p.service.trim() ? ` (${withoutFinalStop(p.service)})` : ""}, ${countryName(p.country)}`)),
  );
  if (processors.length) {
    blocks.push({ type: "paragraph", text: "Service providers who process the data for us (our processors):" });
    blocks.push({ type: "list", items: processors });
  }
  if (!blocks.length) {
    blocks.push({ type: "paragraph", text: "No recipients of this data are recorded." });
    if (activities.length) warnings.push("No recipients or processors are recorded for the chat activities.");
  }
  return { id: "recipients", heading: "Who receives your data", blocks };
}

function transfers(activities: NoticeActivity[], warnings: string[]): NoticeSection {
  const items: string[] = [];
  for (const a of activities) {
    for (const t of a.transfers) {
      items.push(transferText(t.recipient.trim(), countryName(t.country), t.mechanism, t.safeguards));
      if (t.mechanism === "none") warnings.push(`The transfer to ${t.recipient} (${t.country}) in "${a.name}" has no mechanism.`);
    }
    for (const p of a.processors) {
      if (isEeaCountry(p.country.toUpperCase())) continue;
      items.push(transferText(p.name.trim(), countryName(p.country), p.transferMechanism ?? "none", ""));
      if (!p.transferMechanism || p.transferMechanism === "none") warnings.push(`The processor ${p.name} (${p.country}) is outside the EEA with no transfer mechanism.`);
    }
  }
  const unique = uniqueSorted(items);
  const blocks: NoticeBlock[] = unique.length
    ? [
        {
          type: "paragraph",
          text: "Some recipients are in countries outside the European Economic Area (EEA), where the GDPR does not apply directly. These transfers are protected as follows:",
        },
        { type: "list", items: unique },
      ]
    : [{ type: "paragraph", text: "We do not transfer your data to countries outside the European Economic Area (EEA)." }];
  return { id: "transfers", heading: "Transfers outside the EEA", blocks };
}

function retention(activities: NoticeActivity[], warnings: string[]): NoticeSection {
  const items = activities.map((a) => {
    const rules = uniqueSorted(a.retentionRules.map(retentionRuleText));
    const own = a.retention.trim();
    let text: string;
    if (rules.length && own) text = `${rules.join(" ")} Other records: ${withFinalStop(own)}`;
    else if (rules.length) text = rules.join(" ");
    else if (own) text = withFinalStop(own);
    else {
      text = "Not yet stated. Ask our data protection officer.";
      warnings.push(`"${a.name}" has no retention: link a chat retention rule to it or state a period.`);
    }
    return { label: a.name, text };
  });
  const blocks: NoticeBlock[] = items.length
    ? [{ type: "paragraph", text: "We keep your data only as long as we need it for each purpose:" }, { type: "facts", items }]
    : [{ type: "paragraph", text: "No retention periods are recorded, because no use of chat data is recorded." }];
  return { id: "retention", heading: "How long we keep your data", blocks };
}

function required(activities: NoticeActivity[]): NoticeSection {
  const names = (basis: string) => activities.filter((a) => a.legalBasis === basis).map((a) => a.name);
  const blocks: NoticeBlock[] = [{ type: "paragraph", text: "Using the chat is voluntary, and you decide what you write in it." }];
  const contract = names("contract");
  if (contract.length) {
    blocks.push({
      type: "paragraph",
      text: `For ${joinWords(contract)}, we need some of your data to carry out a contract with you or to take the steps you asked for. Without it we may not be able to do so.`,
    });
  }
  const law = names("legal_obligation");
  if (law.length) blocks.push({ type: "paragraph", text: `For ${joinWords(law)}, the law requires us to process the data.` });
  const consent = names("consent");
  if (consent.length) blocks.push({ type: "paragraph", text: `For ${joinWords(consent)}, we ask for your consent, and giving it is up to you.` });
  return { id: "required", heading: "Do you have to give us your data?", blocks };
}

function automated(activities: NoticeActivity[], warnings: string[]): NoticeSection {
  const flagged = activities.filter((a) => AUTOMATED.test(a.purposes)).map((a) => a.name);
  if (!flagged.length) {
    return { id: "automated", heading: "Automated decisions", blocks: [{ type: "paragraph", text: "We do not make decisions about you by automated means only." }] };
  }
  warnings.push(`The purposes of ${joinWords(flagged.map((n) => `"${n}"`))} mention profiling or automated decisions: check that the notice explains the logic involved.`);
  return {
    id: "automated",
    heading: "Automated decisions",
    blocks: [
      { type: "paragraph", text: `${joinWords(flagged)} involve${flagged.length === 1 ? "s" : ""} profiling or automated decision-making, as described above.` },
      {
        type: "paragraph",
        text: "Where a decision based only on automated processing would have legal or similarly significant effects on you, you can ask for a person to review it, give your point of view and contest the decision (Art. 22 GDPR). Ask our data protection officer about the logic involved.",
      },
    ],
  };
}

function exercise(org: OrganisationDetails | null, warnings: string[]): NoticeSection {
  const dpoEmail = org?.dpoEmail.trim();
  const contactEmail = org?.contactEmail.trim();
  const how = dpoEmail
    ? `To use any of these rights, write to our data protection officer at ${dpoEmail}.`
    : contactEmail
      ? `To use any of these rights, write to us at ${contactEmail}.`
      : "To use any of these rights, contact us using the details above.";
  if (!dpoEmail && !contactEmail) warnings.push("There is no email address for requests: add the DPO's or the organisation's email in Settings → Organisation.");
  return {
    id: "exercise",
    heading: "How to use your rights",
    blocks: [
      { type: "paragraph", text: how },
      { type: "paragraph", text: "You can also send your request with our online form. We will ask you to confirm your email address, and then tell you by when we will answer." },
      { type: "link", text: "Make a request about your personal data", href: "/request" },
      {
        type: "paragraph",
        text: "It is free of charge. We answer without undue delay and within one month at the latest. If a request is complex, or we receive many, we may need two more months; we will then tell you within the first month, with our reasons. We may ask for information to confirm who you are.",
      },
    ],
  };
}

function complaint(org: OrganisationDetails | null): NoticeSection {
  const text =
    org?.country.toUpperCase() === "SE"
      ? "If you think we handle your personal data unlawfully, you can complain to the Swedish Authority for Privacy Protection (Integritetsskyddsmyndigheten, IMY), imy.se. You can also complain to the supervisory authority in the EEA country where you live or work, or where the infringement took place."
      : "If you think we handle your personal data unlawfully, you can complain to the supervisory authority in your country, where you live or work, or where the infringement took place.";
  return { id: "complaint", heading: "Your right to complain", blocks: [{ type: "paragraph", text }] };
}

// The country is added unless the address already names it ("…, Stockholm, Sweden").
function addressText(address: string, country: string): string {
  const name = country ? countryName(country) : "";
  if (!name || address.toLowerCase().includes(name.toLowerCase())) return address;
  return [address, name].filter(Boolean).join(", ");
}

function withoutFinalStop(s: string): string {
  return s.trim().replace(/\.+$/, "");
}

function joinOr(items: string[]): string {
  return items.length === 2 ? `${items[0]} or ${items[1]}` : (items[0] ?? "");
}
