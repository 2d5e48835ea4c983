import type { RequestType } from "./labels";

export interface PhraseMatch {
  type: RequestType;
  // UTF-16 offsets into the text, as JavaScript strings count them.
  start: number;
  end: number;
}

/*
 * Phrases in a visitor's chat message that ask for a data-protection right, in English and Swedish.
 * They are deliberately specific: "delete my data" is a request, "delete my cart" is not, so every
 * pattern names the person's data (or the person: "stop contacting me"). A match is only a suggestion;
 * the DPO accepts or dismisses it. Written with spaces that stand for any run of whitespace.
 */
const MY = "(?:my|all my|all of my|all the|any of my)";
const DATA_EN = "(?:personal )?(?:data|information|info|details|records|profile|account|chat history|chat logs?|conversations|messages)";
const ABOUT_ME = "(?:about|on|of) me";
const HOLD_EN = "(?:have|hold|store|keep|process|collect|save)";
const MINA = "(?:mina|alla mina)";
const UPPG = "(?:person)?uppgifter";
const MIN_DATA_SV = `(?:${MINA} ${UPPG}|min (?:data|information|profil|historik|chatthistorik)|mitt konto|mina konversationer|mina meddelanden)`;

const PATTERNS: Array<[RequestType, string]> = [
  // Erasure (Art. 17)
  ["erasure", `(?:delete|erase|remove|wipe|destroy|get rid of) ${MY} ${DATA_EN}`],
  ["erasure", `(?:delete|erase|remove|wipe) (?:all )?(?:the )?(?:data|information|info) (?:that )?you ${HOLD_EN} ${ABOUT_ME}`],
  ["erasure", "remove me from your (?:system|systems|database|databases|records|lists?)"],
  ["erasure", "(?:forget me|right to be forgotten|right to erasure)"],
  ["erasure", `(?:radera|ta bort|tag bort|rensa) ${MIN_DATA_SV}`],
  ["erasure", "(?:radera|ta bort) allt (?:som )?ni (?:har|vet|sparat) om mig"],
  ["erasure", "(?:glöm mig|rätten att bli bortglömd|rätten till radering)"],
  // Access (Art. 15)
  ["access", `what (?:personal )?(?:data|information|info|details) (?:do )?you ${HOLD_EN} ${ABOUT_ME}`],
  ["access", `what do you (?:know|have|hold|store) ${ABOUT_ME}`],
  ["access", `(?:a )?(?:copy|export|printout) of ${MY} (?:personal )?(?:data|information|info|details)`],
  ["access", `access to ${MY} (?:personal )?(?:data|information|info)`],
  ["access", "(?:data )?subject access request"],
  ["access", `vilka ${UPPG} (?:har|sparar|lagrar|behandlar) ni (?:om|på) mig`],
  ["access", `vad (?:har|vet|sparar) ni (?:för (?:${UPPG}|data|information) )?om mig`],
  ["access", `(?:kopia|utdrag) (?:av|på|över) ${MIN_DATA_SV}`],
  ["access", "registerutdrag"],
  // Portability (Art. 20)
  ["portability", "data portability"],
  ["portability", `(?:transfer|move|port|send) ${MY} (?:personal )?(?:data|information) to (?:another|a different|an other) (?:company|service|provider|shop|store)`],
  ["portability", "machine[- ]readable (?:format|copy|file|export)"],
  ["portability", "dataportabilitet"],
  ["portability", `(?:flytta|överföra|föra över) ${MINA} ${UPPG} till`],
  // Rectification (Art. 16)
  ["rectification", "(?:correct|rectify|fix|update) my (?:home |postal |e-?mail )?(?:address|name|surname|e-?mail|phone number|date of birth|personal (?:data|details|information))"],
  ["rectification", "my (?:personal )?(?:data|information|details|address|name) (?:is|are) (?:wrong|incorrect|inaccurate|out of date|outdated)"],
  ["rectification", `(?:rätta|korrigera|uppdatera) (?:min adress|mitt namn|mitt efternamn|mitt telefonnummer|min e-?post(?:adress)?|${MINA} ${UPPG})`],
  ["rectification", `(?:${MINA} ${UPPG}|min adress|mitt namn) (?:är|stämmer inte) (?:fel|felaktiga?|inte)`],
  // Restriction (Art. 18)
  ["restriction", `(?:restrict|limit) (?:the )?(?:processing|use) of ${MY} (?:personal )?(?:data|information)`],
  ["restriction", "restriction of processing"],
  ["restriction", `begränsa (?:behandlingen|användningen) av ${MINA} ${UPPG}`],
  // Objection (Art. 21)
  ["objection", "stop (?:contacting|emailing|e-mailing|mailing|calling|phoning|texting|messaging|spamming) me"],
  ["objection", "stop sending me (?:marketing|newsletters?|e-?mails|emails|ads|adverts|offers|promotions)"],
  ["objection", `stop (?:using|processing) ${MY} (?:personal )?(?:data|information)`],
  ["objection", "(?:i object|object) to (?:the )?(?:processing|use) of my"],
  ["objection", "(?:unsubscribe|opt me out|opt out) (?:me )?(?:from|of) (?:your |all )?(?:marketing|newsletters?|mailing lists?|e-?mails)"],
  ["objection", "sluta (?:kontakta|ringa|mejla|maila|sms:a|smsa|skriva till) mig"],
  ["objection", "sluta skicka (?:reklam|nyhetsbrev|utskick|erbjudanden|mejl|mail)(?: till mig)?"],
  ["objection", `sluta (?:använda|behandla) ${MINA} ${UPPG}`],
  ["objection", "jag (?:invänder|motsätter mig) (?:mot )?(?:behandlingen|användningen)"],
  ["objection", "avregistrera mig (?:från|ur) (?:nyhetsbrevet|utskicken|reklamen|era utskick)"],
];

// Word edges that also work for å, ä and ö (\b only knows ASCII letters).
const EDGE_BEFORE = "(?<![\\p{L}\\p{N}])";
const EDGE_AFTER = "(?![\\p{L}\\p{N}])";

const COMPILED: Array<[RequestType, RegExp]> = PATTERNS.map(([type, source]) => [
  type,
  new RegExp(`${EDGE_BEFORE}${source.replace(/ /g, "\\s+")}${EDGE_AFTER}`, "giu"),
]);

// Chat messages are short; a pasted document is not a request to be read by patterns.
const MAX_TEXT = 20_000;

/** Every right asked for in the text, the first place each is asked, in order of appearance. */
export function detectRequestPhrases(text: string): PhraseMatch[] {
  if (!text || text.length > MAX_TEXT) return [];
  const first = new Map<RequestType, PhraseMatch>();
  for (const [type, re] of COMPILED) {
    re.lastIndex = 0;
    const m = re.exec(text);
    if (!m) continue;
    const found = { type, start: m.index, end: m.index + m[0].length };
    const seen = first.get(type);
    if (!seen || found.start < seen.start) first.set(type, found);
  }
  return [...first.values()].sort((a, b) => a.start - b.start);
}
