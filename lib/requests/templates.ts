import type { OrganisationDetails } from "@/lib/organisation/details";
import { formatDay } from "./clock";
import { REJECTION_LABELS, type RejectionGround, type RequestType } from "./labels";

/** The organisation's details a letter is signed with (from Settings → Organisation). */
export type LetterOrganisation = Pick<OrganisationDetails, "controllerName" | "address" | "contactEmail" | "contactPhone" | "dpoName" | "dpoEmail" | "country">;

export interface LetterFacts {
  reference: string;
  type: RequestType;
  name: string | null;
  receivedDate: string;
  dueDate: string;
  extendedDueDate?: string | null;
  extensionReason?: string | null;
  rejectionGround?: RejectionGround | null;
  rejectionReasons?: string | null;
  // Art. 19, for an erasure: the recipients told so far and those still to be told, from the erasure's
  // certificate; null before the erasure is carried out.
  recipients?: { told: string[]; untold: string[] } | null;
  organisation: LetterOrganisation;
}

export const TEMPLATE_KINDS = ["acknowledgement", "identity_request", "extension_notice", "response", "rejection"] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export const TEMPLATE_LABELS: Record<TemplateKind, string> = {
  acknowledgement: "Acknowledgement of receipt",
  identity_request: "Request for identification",
  extension_notice: "Extension notice (Art. 12(3))",
  response: "Response",
  rejection: "Refusal with reasons (Art. 12(4))",
};

export interface Letter {
  subject: string;
  body: string;
}

// Where a person can complain (Art. 77): the authority of the organisation's country, named where known.
const AUTHORITIES: Record<string, string> = {
  SE: "Integritetsskyddsmyndigheten (IMY), www.imy.se",
  DK: "Datatilsynet, www.datatilsynet.dk",
  NO: "Datatilsynet, www.datatilsynet.no",
  FI: "the Office of the Data Protection Ombudsman (Tietosuojavaltuutetun toimisto), tietosuoja.fi",
  IE: "the Data Protection Commission, www.dataprotection.ie",
  NL: "Autoriteit Persoonsgegevens, autoriteitpersoonsgegevens.nl",
  FR: "the CNIL, www.cnil.fr",
  ES: "the Agencia Española de Protección de Datos (AEPD), www.aepd.es",
  IT: "the Garante per la protezione dei dati personali, www.garanteprivacy.it",
  BE: "the Data Protection Authority (Gegevensbeschermingsautoriteit / Autorité de protection des données), www.dataprotectionauthority.be",
  AT: "the Datenschutzbehörde, www.dsb.gv.at",
  DE: "the data protection authority of your federal state, or the Federal Commissioner for Data Protection (BfDI), www.bfdi.bund.de",
};

export function complaintAuthority(country: string): string {
  return AUTHORITIES[country.toUpperCase()] ?? "the data protection supervisory authority of your country";
}

/** The sentence Art. 12(4) requires with every refusal, and which every answer repeats. */
export function rightToComplain(country: string): string {
  return (
    `You have the right to lodge a complaint with a supervisory authority, in particular in the EU or EEA country where you live, ` +
    `work or where you think the infringement took place (Art. 77 GDPR); here that is ${complaintAuthority(country)}. ` +
    `You also have the right to an effective judicial remedy (Art. 79 GDPR).`
  );
}

// What the person asked for, as the organisation writes it back to them.
const ASKED: Record<RequestType, string> = {
  access: "see the personal data we hold about you",
  erasure: "erase your personal data",
  rectification: "correct your personal data",
  restriction: "restrict the use of your personal data",
  portability: "receive your personal data in a portable format",
  objection: "stop using your personal data for a purpose you object to",
};

const greeting = (name: string | null) => (name?.trim() ? `Dear ${name.trim()},` : "Hello,");

function signature(o: LetterOrganisation): string {
  const dpo = o.dpoName || o.dpoEmail ? `\nData protection officer: ${[o.dpoName, o.dpoEmail].filter(Boolean).join(", ")}` : "";
  const contact = [o.address, o.contactEmail, o.contactPhone].filter(Boolean).join(" · ");
  return `Kind regards,\n${o.controllerName}${contact ? `\n${contact}` : ""}${dpo}`;
}

const RESPONSE_TEXT: Record<RequestType, string> = {
  access:
    "We have searched our systems, including our customer chat, for personal data about you. With this message you receive a copy of " +
    "the personal data we hold about you, together with the information Art. 15 GDPR gives you: why we use it, the categories of data, " +
    "who receives it, how long we keep it, where it came from, and your other rights. Other people's data in chat transcripts has been " +
    "removed to protect their rights (Art. 15(4)).",
  erasure:
    "We have erased the personal data we held about you, including your chat conversations and the contact details linked to them. " +
    "Where the law obliges us to keep some data, we have told you below what is kept and why.",
  // Nothing records whom a correction was passed on to, so the letter promises it rather than claims it.
  rectification:
    "We have corrected your personal data as you asked. Where we had shared the data with others who process it for us, we will tell " +
    "them of the correction (Art. 19).",
  restriction:
    "We have restricted the processing of your personal data: we keep it, but do not use it except with your consent, for legal claims, " +
    "to protect another person's rights, or for an important public interest (Art. 18(2)). We will tell you before the restriction is lifted.",
  portability:
    "With this message you receive the personal data you provided to us in a structured, commonly used, machine-readable format (JSON), " +
    "which you may give to another service (Art. 20).",
  objection:
    "We have stopped processing your personal data for the purpose you objected to. Where your objection concerns direct marketing, we " +
    "will no longer use your data for it in any form (Art. 21(3)).",
};

const list = (names: string[]) => (names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`);

/**
 * Art. 19 in the erasure answer, saying only what is true: the recipients told so far by name, and that the
 * rest will be told. Before the erasure is carried out nobody has been told, so it is a promise.
 */
export function erasureRecipientsText(r: LetterFacts["recipients"]): string {
  if (!r) return "Where we had shared your data with others who process it for us, we will tell them of the erasure (Art. 19).";
  if (r.told.length === 0 && r.untold.length === 0) return "We had not shared your data with others who process it for us.";
  if (r.untold.length === 0) return `We have told those we had shared your data with of the erasure: ${list(r.told)} (Art. 19).`;
  if (r.told.length === 0) return `We will tell those we had shared your data with of the erasure: ${list(r.untold)} (Art. 19).`;
  return `We have told ${list(r.told)} of the erasure, and will also tell ${list(r.untold)} (Art. 19).`;
}

/**
 * A letter for a request, filled with the person's name, the dates, the reference and the organisation's
 * details. Plain text: it goes through the outbox as an e-mail, or is copied into a letter.
 */
export function renderTemplate(kind: TemplateKind, f: LetterFacts): Letter {
  const o = f.organisation;
  const what = ASKED[f.type];
  const ref = `Your request ${f.reference}`;
  const lines: string[] = [greeting(f.name), ""];
  let subject: string;
  switch (kind) {
    case "acknowledgement":
      subject = `${ref} has been received`;
      lines.push(
        `We received your request to ${what} on ${formatDay(f.receivedDate)}. Its reference is ${f.reference}.`,
        "",
        `We will answer without undue delay and at the latest by ${formatDay(f.dueDate, true)}. If the request is complex or we receive many ` +
          "requests, we may extend this by two further months; we would tell you before the first date, with the reasons.",
        "",
        "If we cannot be sure the request comes from you, we may ask you to confirm your identity, for example with a code sent to " +
          "contact details we already hold about you.",
      );
      break;
    case "identity_request":
      subject = `${ref}: please confirm your identity`;
      lines.push(
        `To protect your data, we must be sure that the request ${f.reference} comes from you before we act on it (Art. 12(6) GDPR).`,
        "",
        "Please reply with information that lets us match you to the data we hold, for example the e-mail address or phone number you " +
          "used in our chat and the approximate date of your conversation. Please do not send a copy of an identity document unless we " +
          "ask for one specifically.",
        "",
        `We will answer your request by ${formatDay(f.dueDate, true)} at the latest.`,
      );
      break;
    case "extension_notice":
      subject = `${ref}: we need more time`;
      lines.push(
        `We received your request ${f.reference} on ${formatDay(f.receivedDate)}. We need more time to answer it, and are extending the time ` +
          `limit by two further months, as Art. 12(3) GDPR allows.`,
        "",
        `The reasons: ${f.extensionReason?.trim() || "the complexity of the request"}.`,
        "",
        `We will answer by ${formatDay(f.extendedDueDate ?? f.dueDate, true)} at the latest.`,
        "",
        rightToComplain(o.country),
      );
      break;
    case "response":
      subject = `${ref}: our answer`;
      lines.push(
        `This is our answer to your request ${f.reference}, received on ${formatDay(f.receivedDate)}.`,
        "",
        f.type === "erasure" ? `${RESPONSE_TEXT.erasure} ${erasureRecipientsText(f.recipients)}` : RESPONSE_TEXT[f.type],
        "",
        rightToComplain(o.country),
      );
      break;
    case "rejection":
      subject = `${ref}: we cannot act on it`;
      lines.push(
        `We have considered your request ${f.reference}, received on ${formatDay(f.receivedDate)}, and are not taking the action you asked for.`,
        "",
        `The reason: ${f.rejectionGround ? REJECTION_LABELS[f.rejectionGround] : "see below"}.`,
        ...(f.rejectionReasons?.trim() ? ["", f.rejectionReasons.trim()] : []),
        "",
        rightToComplain(o.country),
      );
      break;
  }
  lines.push("", signature(o));
  return { subject, body: lines.join("\n") };
}

/** The e-mail with the public form's confirmation code. */
export function confirmationCodeLetter(p: { code: string; controllerName: string; typeTitle: string; validHours: number }): Letter {
  return {
    subject: `Your confirmation code: ${p.code}`,
    body: [
      "Hello,",
      "",
      `Someone, hopefully you, sent ${p.controllerName} a data protection request ("${p.typeTitle}") with this e-mail address.`,
      "",
      `To confirm the request, enter this code on the page where you sent it: ${p.code}`,
      "",
      `The code is valid for ${p.validHours} hours. If you did not send this request, ignore this message: nothing happens without the code.`,
    ].join("\n"),
  };
}

/** The e-mail with a code staff send to check identity, always to an address already held. */
export function verificationCodeLetter(p: { code: string; reference: string; controllerName: string; validHours: number }): Letter {
  return {
    subject: `Your request ${p.reference}: identity check code`,
    body: [
      "Hello,",
      "",
      `To confirm that the request ${p.reference} to ${p.controllerName} comes from you, please give us this code by replying to this ` +
        `message or when we speak: ${p.code}`,
      "",
      `The code is valid for ${p.validHours} hours. If you have not made a request to us, please tell us by replying to this message.`,
    ].join("\n"),
  };
}
