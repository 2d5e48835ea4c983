// Seeded synthetic chat text for the benchmarks: English and Swedish customer-service sentences, and a share of
// messages carrying personal data (emails, phones, personnummer, cards, IBANs, IPs, special-category words).
// Seeded so two runs measure the same text.

export function createSyntheticChat(seed: number, piiShare: number) {
  // Mulberry32: a seeded generator so two runs measure the same text.
  let state = seed >>> 0;
  function random(): number {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  const pick = <T>(items: ReadonlyArray<T>): T => items[Math.floor(random() * items.length)] as T;
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join("");

  const EN = [
    "Hi, I ordered a jacket last week and it still hasn't arrived.",
    "Can you check the status of order 58213 for me?",
    "Thanks, that was quick!",
    "The delivery was supposed to come on Tuesday between 10 and 14.",
    "I would like to return the shoes, they are one size too small.",
    "Is it possible to change the delivery address?",
    "Hello, how can I help you today?",
    "Let me look into that for you, one moment please.",
    "Your refund of 499 SEK has been processed and should arrive in 3-5 business days.",
    "I can't log in to my account, it says the password is wrong.",
    "Do you ship to Norway and Finland as well?",
    "The app crashes when I open the basket on version 4.2.1.",
    "Great, have a nice weekend!",
    "The tracking number says it is at the pickup point since 2024-05-12.",
    "Could you send me the invoice again? I can't find it.",
  ];
  const SV = [
    "Hej! Jag beställde en jacka förra veckan men den har inte kommit än.",
    "Kan du kolla vad som hänt med min order 58213?",
    "Tack för hjälpen, ha en bra dag!",
    "Leveransen skulle komma i tisdags mellan kl 10.00 och 14.00.",
    "Jag vill returnera skorna, de är en storlek för små.",
    "Går det att ändra leveransadressen?",
    "Hej och välkommen! Vad kan jag hjälpa dig med?",
    "Jag kollar upp det, ett ögonblick.",
    "Återbetalningen på 499 kr är gjord och syns på kontot inom 3-5 bankdagar.",
    "Jag kommer inte in på mitt konto, det står att lösenordet är fel.",
    "Skickar ni till Norge och Finland också?",
    "Appen kraschar när jag öppnar varukorgen.",
    "Perfekt, trevlig helg!",
    "Spårningen säger att paketet ligger på utlämningsstället sedan 12/5.",
    "Kan du skicka fakturan igen? Jag hittar den inte.",
  ];

  function luhnComplete(body: string): string {
    for (let check = 0; check <= 9; check++) {
      const candidate = body + check;
      let sum = 0;
      for (let i = 0; i < candidate.length; i++) {
        let d = Number(candidate[candidate.length - 1 - i]);
        if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
        sum += d;
      }
      if (sum % 10 === 0) return candidate;
    }
    throw new Error("unreachable");
  }

  function personnummer(): string {
    const yy = String(40 + Math.floor(random() * 60));
    const mm = String(1 + Math.floor(random() * 12)).padStart(2, "0");
    const dd = String(1 + Math.floor(random() * 28)).padStart(2, "0");
    const full = luhnComplete(yy + mm + dd + digits(3));
    return `${full.slice(0, 6)}-${full.slice(6)}`;
  }

  function card(): string {
    return luhnComplete("4" + digits(14)).replace(/(\d{4})(?=\d)/g, "$1 ");
  }

  function swedishIban(): string {
    const bban = "5000" + digits(16);
    const numeric = (bban + "SE00").replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
    let remainder = 0;
    for (const ch of numeric) remainder = (remainder * 10 + Number(ch)) % 97;
    const iban = `SE${String(98 - remainder).padStart(2, "0")}${bban}`;
    return iban.replace(/(.{4})(?=.)/g, "$1 ");
  }

  const NAMES = ["anna.svensson", "erik_l", "j.smith", "karin.berg84", "mohammed.ali", "sara+shop"];
  const PII: ReadonlyArray<() => string> = [
    // A number in the address, so visitors who type "their" email do not all share a handful of addresses
    // (shared identifiers would merge thousands of visitors into one person and skew the person lookups).
    () => `My email is ${pick(NAMES)}${digits(4)}@${pick(["gmail.com", "hotmail.se", "example.org", "telia.com"])}`,
    () => `Min mejl är ${pick(NAMES)}${digits(4)}@${pick(["gmail.com", "outlook.com", "bredband.net"])}`,
    () => `Ring mig på 07${pick(["0", "2", "3", "6"])}-${digits(3)} ${digits(2)} ${digits(2)}`,
    () => `You can reach me on +46 7${pick(["0", "2", "3"])} ${digits(3)} ${digits(2)} ${digits(2)}`,
    () => `Mitt personnummer är ${personnummer()}`,
    () => `My card number is ${card()}, can you refund to it?`,
    () => `Betala tillbaka till ${swedishIban()} tack`,
    () => `It worked from IP ${85 + Math.floor(random() * 100)}.${Math.floor(random() * 255)}.${Math.floor(random() * 255)}.${1 + Math.floor(random() * 250)}`,
    () => pick(["I'm pregnant so I can't carry heavy boxes.", "Jag är diabetiker och behöver veta om det finns socker i."]),
    () => pick(["Jag är med i fackförbundet och undrar om rabatten.", "We are going to church on Sunday, deliver Monday."]),
  ];

  function message(): string {
    const pool = random() < 0.5 ? EN : SV;
    const sentences = 1 + Math.floor(random() ** 2 * 6);
    const parts = Array.from({ length: sentences }, () => pick(pool));
    if (random() < piiShare) parts.splice(Math.floor(random() * (parts.length + 1)), 0, pick(PII)());
    return parts.join(" ");
  }


  const visitorNames = ["Anna Svensson", "Erik Lind", "John Smith", "Karin Berg", "Mohammed Ali", "Sara Nilsson", "Lena Holm", "Omar Haddad"];
  return {
    random,
    pick,
    message,
    visitorName: () => pick(visitorNames),
    phone: () => `+467${pick(["0", "2", "3", "6"])}${digits(7)}`,
  };
}

export type SyntheticChat = ReturnType<typeof createSyntheticChat>;
