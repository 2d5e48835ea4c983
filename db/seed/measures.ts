import { inArray } from "drizzle-orm";
import { addDays, addMonths } from "@/lib/time";
import type { Tx } from "../index";
import { securityMeasures, users } from "../schema";
import { DEMO_USERS } from "./demo-users";

type SeedMeasure = typeof securityMeasures.$inferInsert;

/**
 * The Art. 32 measures of a company running a website live chat. Review dates are placed relative
 * to `today` so the register always shows current, due and overdue reviews. Idempotent on the name.
 */
export async function seedMeasures(tx: Tx, today: string): Promise<number> {
  const people = await tx
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(users.email, DEMO_USERS.map((u) => u.email)));
  const idOf = (role: string) => people.find((p) => p.email === DEMO_USERS.find((u) => u.role === role)?.email)?.id ?? null;
  const dpo = idOf("dpo");
  const legal = idOf("legal");
  const monthsAgo = (n: number) => addMonths(today, -n);

  const rows: SeedMeasure[] = [
    {
      name: "TLS for the chat widget and chat API",
      kind: "technical",
      description: "The widget, the agent console and the chat API are served over TLS 1.2+ only, with HSTS; plain HTTP is redirected.",
      status: "in_place",
      lastReviewedOn: monthsAgo(3),
      ownerId: dpo,
    },
    {
      name: "Role-based access control for chat agents",
      kind: "technical",
      description: "Agents see only the conversations of their team's inboxes; exports and transcript deletion are limited to supervisors.",
      status: "in_place",
      lastReviewedOn: monthsAgo(6),
      ownerId: dpo,
    },
    {
      name: "Two-factor sign-in for chat agents",
      kind: "technical",
      description: "Agents sign in to the chat console through the company's identity provider with a second factor.",
      status: "needs_improvement",
      lastReviewedOn: addDays(monthsAgo(11), -10),
      ownerId: dpo,
    },
    {
      name: "Encryption at rest of chat transcripts",
      kind: "technical",
      description: "Transcript storage and its backups are encrypted with keys held in the cloud provider's key management service.",
      status: "in_place",
      lastReviewedOn: monthsAgo(2),
      ownerId: dpo,
    },
    {
      name: "Staff confidentiality agreements",
      kind: "organisational",
      description: "Everyone with access to chats signs a confidentiality undertaking before access is granted (Art. 28(3)(b), 32(4)).",
      status: "in_place",
      lastReviewedOn: addDays(monthsAgo(14), -3),
      ownerId: legal,
    },
    {
      name: "Backups with quarterly restore tests",
      kind: "technical",
      description: "Nightly backups of the chat database, kept 30 days; a restore is tested every quarter and the result recorded.",
      status: "in_place",
      lastReviewedOn: monthsAgo(4),
      ownerId: dpo,
    },
    {
      name: "Logging and monitoring of chat systems",
      kind: "technical",
      description: "Sign-ins, exports and admin actions in the chat platform are logged centrally and alert on unusual volumes.",
      status: "needs_improvement",
      lastReviewedOn: monthsAgo(8),
      ownerId: dpo,
    },
    {
      name: "Chat retention job",
      kind: "technical",
      description: "A nightly job deletes or anonymises conversations past their retention period, unless under a legal hold.",
      status: "planned",
      // Reviewed as a design before it is built.
      lastReviewedOn: monthsAgo(1),
      ownerId: dpo,
    },
    {
      name: "Security reviews of chat vendors",
      kind: "organisational",
      description: "Each processor handling chat data is assessed before signing and yearly after: certifications, sub-processors, incidents.",
      status: "in_place",
      lastReviewedOn: monthsAgo(5),
      ownerId: legal,
    },
  ];

  // No conflict target: the unique index is on lower(name), which ON CONFLICT DO NOTHING covers as is.
  const inserted = await tx.insert(securityMeasures).values(rows).onConflictDoNothing().returning({ id: securityMeasures.id });
  return inserted.length;
}
