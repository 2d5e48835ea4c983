import { eq } from "drizzle-orm";
import type { Tx } from "../index";
import { breaches, breachFollowUps, users, type NewBreach } from "../schema";
import { DEMO_USERS } from "./demo-users";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Demo breaches in each state the log must handle, placed relative to `now` so one is always fresh on a new install. */
export async function seedBreaches(tx: Tx, now: Date): Promise<number> {
  const [dpo] = await tx.select({ id: users.id }).from(users).where(eq(users.email, DEMO_USERS[0]!.email)).limit(1);
  const ownerId = dpo?.id ?? null;
  const at = (msAgo: number) => new Date(now.getTime() - msAgo);

  const rows: NewBreach[] = [
    {
      reference: "BR-DEMO-1",
      title: "Chat transcripts e-mailed to the wrong customer",
      awareAt: at(20 * HOUR),
      occurredFrom: at(27 * HOUR),
      occurredTo: at(26 * HOUR),
      discovery: "A customer replied to the transcript e-mail saying it was not their conversation.",
      natureConfidentiality: true,
      description: "The transcript e-mail job paired 38 conversations with the wrong visitor address after a queue restart.",
      subjectCategories: "Website visitors who used the live chat",
      subjectsApprox: 38,
      recordCategories: "Chat transcripts, names, e-mail addresses, order numbers",
      recordsApprox: 38,
      likelyConsequences: "Other customers may have read order details and delivery addresses.",
      measuresTaken: "Transcript e-mails switched off; recipients asked to delete the messages.",
      measuresProposed: "Add a check that the recipient matches the conversation before sending.",
      risk: "risk",
      riskReasoning: "Order details and addresses of a limited number of people were disclosed to other customers.",
      notifyDecision: "notify",
      subjectCommStatus: "pending",
      status: "assessing",
      ownerId,
    },
    {
      reference: "BR-DEMO-2",
      title: "Chatbot vendor logged full chat text in a public bucket",
      awareAt: at(40 * DAY),
      occurredFrom: at(61 * DAY),
      occurredTo: at(40 * DAY),
      discovery: "Reported by the chatbot vendor under the processor agreement.",
      natureConfidentiality: true,
      description: "The vendor's debug logs with chat text were readable without authentication for three weeks.",
      subjectCategories: "Website visitors, customers",
      subjectsApprox: 1200,
      recordCategories: "Chat messages, e-mail addresses, phone numbers",
      recordsApprox: 5400,
      specialCategories: true,
      specialCategoriesDetail: "Some messages mention health conditions in connection with returns.",
      likelyConsequences: "Phishing using the conversation details; disclosure of health information.",
      measuresTaken: "Bucket closed, access logs reviewed by the vendor, debug logging disabled.",
      measuresProposed: "Quarterly review of the vendor's logging settings.",
      risk: "risk",
      riskReasoning: "Large number of people, some health data, but no evidence the logs were downloaded.",
      notifyDecision: "notify",
      authorityName: "Integritetsskyddsmyndigheten (IMY)",
      authorityNotifiedAt: at(40 * DAY - 96 * HOUR),
      authorityReference: "IMY-2026-4471",
      delayReason: "The vendor's first report lacked the scope; confirming which logs were exposed took four days.",
      subjectCommStatus: "not_required",
      status: "notified",
      ownerId,
    },
    {
      reference: "BR-DEMO-3",
      title: "Chat agent's laptop stolen from a car",
      awareAt: at(95 * DAY),
      occurredFrom: at(96 * DAY),
      occurredTo: at(96 * DAY),
      discovery: "The agent reported the theft the next morning.",
      natureConfidentiality: true,
      natureAvailability: true,
      description: "A company laptop with cached chat history was stolen.",
      subjectCategories: "Website visitors",
      subjectsApprox: 300,
      recordCategories: "Cached chat transcripts",
      likelyConsequences: "None expected: the disk is encrypted and the device was remotely wiped.",
      measuresTaken: "Device wiped remotely, agent's sessions revoked, police report filed.",
      risk: "unlikely",
      riskReasoning: "Full-disk encryption with a strong password; the key was not with the device.",
      notifyDecision: "not_required",
      notNotifiedJustification: "Unlikely to result in a risk (Art. 33(1)): the data was encrypted and unintelligible to the thief.",
      subjectCommStatus: "not_required",
      status: "closed",
      ownerId,
    },
    {
      reference: "BR-DEMO-4",
      title: "Phished chat agent account used to read conversations",
      awareAt: at(180 * DAY),
      occurredFrom: at(182 * DAY),
      occurredTo: at(180 * DAY),
      discovery: "Login alerts from an unusual country on an agent account.",
      natureConfidentiality: true,
      natureIntegrity: true,
      description: "An attacker used a phished password to read open conversations and send messages as the agent.",
      subjectCategories: "Customers with open chat conversations",
      subjectsApprox: 85,
      recordCategories: "Chat messages, names, e-mail addresses, card number fragments",
      recordsApprox: 85,
      likelyConsequences: "Targeted fraud against customers who received messages from the attacker.",
      measuresTaken: "Account locked, passwords reset, two-factor sign-in required for all agents.",
      measuresProposed: "Phishing training for chat agents.",
      risk: "high",
      riskReasoning: "The attacker contacted customers directly, so fraud is likely.",
      notifyDecision: "notify",
      authorityName: "Integritetsskyddsmyndigheten (IMY)",
      authorityNotifiedAt: at(180 * DAY - 30 * HOUR),
      authorityReference: "IMY-2026-1093",
      subjectCommStatus: "communicated",
      subjectCommAt: at(180 * DAY - 20 * HOUR),
      subjectCommChannel: "E-mail to each affected customer",
      subjectCommCount: 85,
      status: "closed",
      ownerId,
    },
    {
      reference: "BR-DEMO-5",
      title: "Chat widget outage lost incoming messages",
      awareAt: at(240 * DAY),
      occurredFrom: at(240 * DAY + 5 * HOUR),
      occurredTo: at(240 * DAY + 2 * HOUR),
      discovery: "Monitoring alert on message delivery.",
      natureAvailability: true,
      description: "For three hours visitors' messages were not stored and could not be answered.",
      subjectCategories: "Website visitors",
      subjectsApprox: 60,
      recordCategories: "Chat messages",
      likelyConsequences: "Delayed answers; no disclosure.",
      measuresTaken: "Message queue restored; visitors with known e-mail contacted.",
      risk: "unlikely",
      riskReasoning: "Temporary loss of availability with no disclosure and no lasting effect.",
      notifyDecision: "not_required",
      notNotifiedJustification: "Temporary unavailability unlikely to result in a risk to people (Art. 33(1)).",
      subjectCommStatus: "not_required",
      status: "closed",
      ownerId,
    },
  ];

  const inserted = await tx.insert(breaches).values(rows).onConflictDoNothing().returning({ id: breaches.id, reference: breaches.reference });
  const second = inserted.find((r) => r.reference === "BR-DEMO-2");
  if (second) {
    await tx.insert(breachFollowUps).values({
      breachId: second.id,
      sentAt: at(33 * DAY),
      reference: "IMY-2026-4471/2",
      content: "Final scope from the vendor's access-log review: no downloads of the exposed logs were found.",
    });
  }
  const followUps = second ? 1 : 0;
  return inserted.length + followUps;
}
