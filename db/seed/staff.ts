import { eq } from "drizzle-orm";
import { addDays } from "@/lib/time";
import type { Tx } from "../index";
import { staff, users, type NewStaff } from "../schema";
import { DEMO_DOMAIN } from "./demo-users";

// Maja Berg (manager@) manages the Support team: the chat agents, who face customers.
const PEOPLE: Array<Omit<NewStaff, "startDate" | "managerUserId"> & { startedDaysAgo: number; managedByDemoManager?: boolean; leftDaysAgo?: number }> = [
  { name: "Sara Nyström", workEmail: `sara.nystrom@${DEMO_DOMAIN}`, team: "Support", jobTitle: "Chat agent", customerFacing: true, startedDaysAgo: 900, managedByDemoManager: true },
  { name: "Omar Haddad", workEmail: `omar.haddad@${DEMO_DOMAIN}`, team: "Support", jobTitle: "Chat agent", customerFacing: true, startedDaysAgo: 620, managedByDemoManager: true },
  { name: "Elin Sjöberg", workEmail: `elin.sjoberg@${DEMO_DOMAIN}`, team: "Support", jobTitle: "Chat agent", customerFacing: true, startedDaysAgo: 400, managedByDemoManager: true },
  { name: "Jonas Ek", workEmail: `jonas.ek@${DEMO_DOMAIN}`, team: "Support", jobTitle: "Chat agent", customerFacing: true, startedDaysAgo: 12, managedByDemoManager: true },
  { name: "Fatima Ali", workEmail: `fatima.ali@${DEMO_DOMAIN}`, team: "Support", jobTitle: "Team lead", customerFacing: true, startedDaysAgo: 1500, managedByDemoManager: true },
  { name: "Nils Åberg", workEmail: `nils.aberg@${DEMO_DOMAIN}`, team: "Support", jobTitle: "Chat agent", customerFacing: true, startedDaysAgo: 700, managedByDemoManager: true, leftDaysAgo: 60 },
  { name: "Karin Lund", workEmail: `karin.lund@${DEMO_DOMAIN}`, team: "IT", jobTitle: "Engineer", customerFacing: false, startedDaysAgo: 1100 },
  { name: "Ahmed Yilmaz", workEmail: `ahmed.yilmaz@${DEMO_DOMAIN}`, team: "IT", jobTitle: "Engineer", customerFacing: false, startedDaysAgo: 300 },
  { name: "Lisa Persson", workEmail: `lisa.persson@${DEMO_DOMAIN}`, team: "IT", jobTitle: "Security lead", customerFacing: false, startedDaysAgo: 2000 },
  { name: "Henrik Dahl", workEmail: `henrik.dahl@${DEMO_DOMAIN}`, team: "Sales", jobTitle: "Account manager", customerFacing: true, startedDaysAgo: 800 },
  { name: "Emma Wallin", workEmail: `emma.wallin@${DEMO_DOMAIN}`, team: "Sales", jobTitle: "Account manager", customerFacing: true, startedDaysAgo: 45 },
  { name: "Peter Olofsson", workEmail: `peter.olofsson@${DEMO_DOMAIN}`, team: "Marketing", jobTitle: "Content lead", customerFacing: false, startedDaysAgo: 950 },
];

export const DEMO_STAFF_EMAILS = PEOPLE.map((p) => p.workEmail);

/** Demo staff across teams, one leaver among them; dates relative to `today` (YYYY-MM-DD). */
export async function seedStaff(tx: Tx, today: string): Promise<number> {
  const [manager] = await tx.select({ id: users.id }).from(users).where(eq(users.email, `manager@${DEMO_DOMAIN}`)).limit(1);
  const rows: NewStaff[] = PEOPLE.map(({ startedDaysAgo, managedByDemoManager, leftDaysAgo, ...p }) => ({
    ...p,
    startDate: addDays(today, -startedDaysAgo),
    leaveDate: leftDaysAgo ? addDays(today, -leftDaysAgo) : null,
    managerUserId: managedByDemoManager ? (manager?.id ?? null) : null,
  }));
  const inserted = await tx.insert(staff).values(rows).onConflictDoNothing().returning({ id: staff.id });
  return inserted.length;
}
