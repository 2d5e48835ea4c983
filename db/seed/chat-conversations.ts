// Northwind Outdoor's website chat, as demo data: people, what they wrote, and the personal data in it.
// Invented people; emails on example domains, Swedish phone numbers from the range reserved for fiction
// (070-174 06 xx), card numbers and IBANs that are published test values, personnummer that pass the check digit.

export interface DemoVisitor {
  externalId?: string;
  name?: string;
  email?: string;
  phone?: string;
}

/** "v" visitor, "a" agent, "b" bot. */
export type DemoLine = [author: "v" | "a" | "b", text: string];

export interface DemoConversation {
  id: string;
  daysAgo: number;
  category?: string;
  visitor: DemoVisitor;
  lines: DemoLine[];
  /** Still open: no endedAt. */
  open?: boolean;
}

const anna: DemoVisitor = { externalId: "v-10211", name: "Anna Lindqvist", email: "anna.lindqvist@example.com", phone: "070-174 06 05" };
const johanByEmail: DemoVisitor = { name: "Johan Berg", email: "johan.berg@example.net" };
const johanByPhone: DemoVisitor = { name: "Johan", phone: "070-174 06 11" };
const emma: DemoVisitor = { externalId: "v-20418", name: "Emma Wilson", email: "emma.wilson@example.org" };
const lars: DemoVisitor = { name: "Lars Nilsson", phone: "+46 70 174 06 17" };
const sofia: DemoVisitor = { externalId: "v-30771", name: "Sofia Ekström", email: "Sofia.Ekstrom@Example.com" };
const oliver: DemoVisitor = { name: "Oliver Hughes", email: "oliver.hughes@mail.example.org" };
const maja: DemoVisitor = { name: "Maja Karlsson", email: "maja.k@example.net", phone: "0701740622" };
const erik: DemoVisitor = { externalId: "v-88213", name: "Erik" };
const ingrid: DemoVisitor = { name: "Ingrid Haugen", phone: "+47 412 34 567" };
const chloe: DemoVisitor = { externalId: "v-41990", name: "Chloe Martin", email: "chloe.martin@example.com" };
const ahmed: DemoVisitor = { name: "Ahmed Hassan", email: "ahmed.hassan@example.net" };
const karin: DemoVisitor = { name: "Karin Sjöberg", email: "karin.sjoberg@example.org" };
const anonymous = (externalId: string): DemoVisitor => ({ externalId });

const HELLO_BOT: DemoLine = ["b", "Hi! I'm the Northwind assistant. What can I help you with today?"];
const HEJ_BOT: DemoLine = ["b", "Hej! Jag är Northwinds chattassistent. Vad kan jag hjälpa dig med?"];
// Johan is first known twice, by email (0007) and by phone (0015). In 0025 he types that phone number into a
// conversation started with the email: a mention, which merges nobody. In 0026 his visitor profile gives
// both, which the platform vouches for, so the second batch merges the two into one person.
// The shop's own contact details, written by agents: never the visitor's identifiers.
const AGENT_CONTACT: DemoLine = ["a", "You can also reach us at kundservice@northwind-outdoor.example or 08-123 45 67, weekdays 9–17."];

export const DEMO_CONVERSATIONS: DemoConversation[] = [
  // More than a year old: past a one-year retention rule.
  { id: "nw-web-0001", daysAgo: 425, category: "order", visitor: anna, lines: [HEJ_BOT, ["v", "Hej, jag beställde ett tält (order 100482) för två veckor sedan och har inte fått något."], ["a", "Hej Anna! Paketet står hos ombudet sedan i måndags, du ska ha fått ett sms."], ["v", "Jaha, då kollar jag. Tack!"]] },
  { id: "nw-web-0002", daysAgo: 418, category: "returns", visitor: emma, lines: [HELLO_BOT, ["v", "The hiking boots I bought (size 39) are too small. Can I exchange them for a 40?"], ["a", "Of course. Print the return label from your order page and we'll send size 40 as soon as they arrive."], ["v", "Great, thanks."]] },
  { id: "nw-web-0003", daysAgo: 410, category: "payment", visitor: lars, lines: [HEJ_BOT, ["v", "Mitt kort 4111 1111 1111 1111 drogs två gånger för samma order."], ["a", "Skriv aldrig kortnummer i chatten. Jag ser dubbeldragningen och har återbetalat den ena."], ["v", "Ok, förlåt. Tack för hjälpen."]] },
  { id: "nw-web-0004", daysAgo: 402, category: "product", visitor: anonymous("v-50113"), lines: [HELLO_BOT, ["v", "Is the Fjällräven Kaipak 38 waterproof or just water resistant?"], ["a", "Water resistant; we recommend the rain cover for longer hikes."]] },
  { id: "nw-web-0005", daysAgo: 396, category: "returns", visitor: ingrid, lines: [["v", "Hei! Kan jeg returnere en sovepose jeg har brukt én natt?"], ["a", "Hej Ingrid! Använda sovsäckar kan vi tyvärr inte ta tillbaka av hygienskäl, men vi hjälper gärna till med en reklamation om något är fel."], ["v", "Den er for kald. Jeg ringer dere."]] },
  { id: "nw-web-0006", daysAgo: 388, category: "payment", visitor: oliver, lines: [HELLO_BOT, ["v", "I'd like the refund to go to my account GB82 WEST 1234 5698 7654 32 instead of the card."], ["a", "Refunds always go back to the original payment method, sorry. It should show within 5 banking days."]] },
  { id: "nw-web-0007", daysAgo: 379, category: "order", visitor: johanByEmail, lines: [HEJ_BOT, ["v", "Hej, kan ni leverera till ett utlämningsställe i Kiruna?"], ["a", "Ja, välj \"ombud\" i kassan så visas de närmaste."]] },
  // The last year.
  { id: "nw-web-0008", daysAgo: 340, category: "product", visitor: maja, lines: [HEJ_BOT, ["v", "Jag är allergisk mot ull, finns det underställ utan merinoull?"], ["a", "Ja! Titta på våra underställ i polyester och bambu, de är helt ullfria."], ["v", "Perfekt, tack."]] },
  { id: "nw-web-0009", daysAgo: 322, category: "complaint", visitor: chloe, lines: [HELLO_BOT, ["v", "The zipper on my jacket broke after two weeks. Really disappointed."], ["a", "I'm sorry to hear that, Chloe. Send us a photo via the complaint form and we'll replace it."], ["v", "Done. My order number is 100913."], AGENT_CONTACT] },
  { id: "nw-web-0010", daysAgo: 301, category: "order", visitor: anonymous("v-50877"), lines: [HEJ_BOT, ["v", "Vad kostar frakten till Gotland?"], ["b", "Frakten är fri över 599 kr, annars 49 kr till ombud."]] },
  { id: "nw-web-0011", daysAgo: 288, category: "product", visitor: karin, lines: [HEJ_BOT, ["v", "Jag har diabetes och ska vandra Kungsleden. Har ni kylväskor som håller insulin kallt?"], ["a", "Vi har en liten isolerad väska som håller 2–8 grader i ungefär ett dygn med kylklampar."], ["v", "Bra, jag beställer den."]] },
  { id: "nw-web-0012", daysAgo: 270, category: "payment", visitor: sofia, lines: [HEJ_BOT, ["v", "Kan jag betala mot faktura? Mitt personnummer är 850612-2384."], ["a", "Faktura väljer du i kassan; skriv inte personnummer här i chatten, det behövs bara i kassan."]] },
  { id: "nw-web-0013", daysAgo: 251, category: "delivery", visitor: ahmed, lines: [HELLO_BOT, ["v", "My parcel says delivered but it's not here."], ["a", "Let me check with the carrier. Can you confirm the delivery address on the order?"], ["v", "Storgatan 12, 753 20 Uppsala. Call me on 070-174 06 33 if the driver needs it."], ["a", "Thanks, I've opened a claim with the carrier and will get back to you by email."]] },
  { id: "nw-web-0014", daysAgo: 233, category: "product", visitor: emma, lines: [HELLO_BOT, ["v", "I'm pregnant and looking for a hiking harness that fits over a bump. Do you have one?"], ["a", "Congratulations! The Osprey Tempest has an adjustable hip belt; many customers use it during pregnancy."]] },
  { id: "nw-web-0015", daysAgo: 219, category: "order", visitor: johanByPhone, lines: [HEJ_BOT, ["v", "Hej, jag vill ändra leveransadressen på min order."], ["a", "Absolut, vilket ordernummer gäller det?"], ["v", "101200"], ["a", "Tack Johan, adressen är ändrad."]] },
  { id: "nw-web-0016", daysAgo: 204, category: "complaint", visitor: anonymous("v-51420"), lines: [HELLO_BOT, ["v", "Your website keeps logging me out. My IP is 192.0.2.44 if that helps your IT people."], ["a", "Thanks, I've passed it on to our web team."]] },
  { id: "nw-web-0017", daysAgo: 190, category: "product", visitor: erik, lines: [HEJ_BOT, ["v", "Har ni stavar som passar efter en knäoperation? Jag har ont i knät fortfarande."], ["a", "Våra stötdämpade stavar är skonsammast för knäna. Rådgör gärna med din fysioterapeut också."]] },
  { id: "nw-web-0018", daysAgo: 176, category: "payment", visitor: oliver, lines: [HELLO_BOT, ["v", "Paid with card 5555 5555 5555 4444 and the order still says unpaid."], ["a", "Please never post card numbers here. I can see the payment went through; the status updates within an hour."]] },
  { id: "nw-web-0019", daysAgo: 160, category: "returns", visitor: anna, lines: [HEJ_BOT, ["v", "Hej igen! Jag vill returnera en jacka. Kan jag få pengarna till SE45 5000 0000 0583 9825 7466?"], ["a", "Återbetalningen går alltid till samma betalsätt som du använde, Anna. Den syns inom fem bankdagar."]] },
  { id: "nw-web-0020", daysAgo: 149, category: "order", visitor: anonymous("v-52003"), lines: [HELLO_BOT, ["v", "Is <b>bold</b> text allowed here? <script>alert(1)</script>"], ["a", "Haha, plain text only here. Anything I can help you with?"], ["v", "No, just testing your chat. Bye!"]] },
  { id: "nw-web-0021", daysAgo: 137, category: "product", visitor: chloe, lines: [HELLO_BOT, ["v", "Do you have a women's rain jacket in XS?"], ["a", "Yes, the Haglöfs L.I.M in XS is in stock in blue and black."]] },
  { id: "nw-web-0022", daysAgo: 121, category: "delivery", visitor: lars, lines: [HEJ_BOT, ["v", "När kommer mitt paket? Ordernummer 101557."], ["a", "Det skickades i går och beräknas vara framme på torsdag."]] },
  { id: "nw-web-0023", daysAgo: 108, category: "complaint", visitor: maja, lines: [HEJ_BOT, ["v", "Min sovsäck har en reva i sömmen efter första turen."], ["a", "Tråkigt! Skicka en bild via reklamationsformuläret så ersätter vi den."], AGENT_CONTACT] },
  { id: "nw-web-0024", daysAgo: 96, category: "product", visitor: anonymous("v-52870"), lines: [HEJ_BOT, ["v", "Har ni skor för bred fot?"], ["b", "Ja! Filtrera på \"bred läst\" under Skor."]] },
  // The last three months: ingested in a second batch, after the older ones.
  { id: "nw-web-0025", daysAgo: 84, category: "payment", visitor: johanByEmail, lines: [HEJ_BOT, ["v", "Hej, kan jag dela upp betalningen? Ring mig gärna på 070-174 06 11."], ["a", "Ja, välj delbetalning i kassan. Vi ringer inte upp för betalningar, men du kan alltid chatta med oss."]] },
  { id: "nw-web-0026", daysAgo: 77, category: "order", visitor: { ...johanByEmail, phone: "070-174 06 11" }, lines: [HEJ_BOT, ["v", "Jag har fått fel storlek på mina byxor."], ["a", "Förlåt för det! Jag skickar rätt storlek i dag och en returetikett för de andra."]] },
  { id: "nw-web-0027", daysAgo: 70, category: "returns", visitor: sofia, lines: [HEJ_BOT, ["v", "Jag vill returnera en ryggsäck, den är för stor för mig efter min ryggskada."], ["a", "Inga problem, du har 30 dagars öppet köp. Returetiketten finns på din ordersida."]] },
  { id: "nw-web-0028", daysAgo: 61, category: "product", visitor: ahmed, lines: [HELLO_BOT, ["v", "I need a tent that is quick to set up, I'm going with my mosque's youth group next month."], ["a", "The Nordisk Otra is up in three minutes and sleeps four. Group discounts apply from five tents."]] },
  { id: "nw-web-0029", daysAgo: 55, category: "order", visitor: anonymous("v-53390"), lines: [HELLO_BOT, ["v", "Can I pick up my order in the Stockholm store?"], ["b", "Yes! Choose \"Click & collect\" at checkout."]] },
  { id: "nw-web-0030", daysAgo: 47, category: "payment", visitor: ingrid, lines: [["v", "Jeg vil betale fra min norske konto NO93 8601 1117 947, går det?"], ["a", "Hej! Vi tar kort, Swish och faktura, men inte banköverföring, tyvärr."]] },
  { id: "nw-web-0031", daysAgo: 40, category: "delivery", visitor: karin, lines: [HEJ_BOT, ["v", "Mitt paket har stått still i tre dagar."], ["a", "Transportören har haft förseningar i Norrland. Det beräknas komma fram i morgon."]] },
  { id: "nw-web-0032", daysAgo: 33, category: "complaint", visitor: oliver, lines: [HELLO_BOT, ["v", "Second time a delivery is late. Not happy."], ["a", "I completely understand. I've refunded the shipping cost and added a 10 % code to your account."], AGENT_CONTACT] },
  { id: "nw-web-0033", daysAgo: 26, category: "product", visitor: anonymous("v-54012"), lines: [HEJ_BOT, ["v", "Vilken stormkök rekommenderar ni för fjällen?"], ["a", "Trangia 27 är en klassiker, tål vind och fungerar i kyla."]] },
  { id: "nw-web-0034", daysAgo: 20, category: "payment", visitor: anonymous("v-54177"), lines: [HEJ_BOT, ["v", "Fakturan kom på fel person. Mitt personnummer är 19920304-4129 och jag heter inte det som står."], ["a", "Tack, jag rättar det. Skriv inte personnummer i chatten i fortsättningen, det räcker med ordernumret."]] },
  { id: "nw-web-0035", daysAgo: 14, category: "returns", visitor: erik, lines: [HEJ_BOT, ["v", "Jag vill byta mina kängor mot en storlek större."], ["a", "Absolut! Skicka tillbaka dem med returetiketten så skickar vi nya direkt."]] },
  { id: "nw-web-0036", daysAgo: 9, category: "product", visitor: emma, lines: [HELLO_BOT, ["v", "Any tips for hiking with asthma? Something light to carry my inhaler in?"], ["a", "A small hip pouch keeps it within reach; the Deuter Neo Belt is a favourite."]] },
  { id: "nw-web-0037", daysAgo: 6, category: "order", visitor: chloe, lines: [HELLO_BOT, ["v", "Can I add a second item to an order I placed this morning?"], ["a", "It hasn't shipped yet, so yes: tell me the product and I'll add it."], ["v", "The red merino beanie, please."]] },
  { id: "nw-web-0038", daysAgo: 3, category: "delivery", visitor: anna, lines: [HEJ_BOT, ["v", "Hej, vilken tid kommer budet i morgon?"], ["a", "Mellan 17 och 21, du får ett sms en timme innan."]] },
  { id: "nw-web-0039", daysAgo: 1, category: "product", visitor: lars, lines: [HEJ_BOT, ["v", "Har ni pannlampor med rött ljus?"], ["a", "Ja, Petzl Actik Core har rött ljus och laddas med USB."]], open: true },
  { id: "nw-web-0040", daysAgo: 0, visitor: anonymous("v-55030"), lines: [HELLO_BOT, ["v", "Hello? Is anyone there?"]], open: true },
];

/** Conversations up to this age go in the first batch; the newer ones follow in a second, as they would arrive. */
export const FIRST_BATCH_MIN_DAYS_AGO = 90;
