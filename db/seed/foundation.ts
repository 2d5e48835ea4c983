import { hashPassword } from "@/lib/auth/password";
import type { Tx } from "../index";
import { organisation, users } from "../schema";
import { DEMO_DOMAIN, DEMO_PASSWORD, DEMO_USERS } from "./demo-users";

/** The demo organisation and one user per role; returns how many rows were new. */
export async function seedFoundation(tx: Tx): Promise<number> {
  const org = await tx
    .insert(organisation)
    .values({
      id: 1,
      controllerName: "Northwind Outdoor AB",
      address: "Sveavägen 44, 111 34 Stockholm, Sweden",
      contactEmail: `privacy@${DEMO_DOMAIN}`,
      contactPhone: "+46 8 555 010 00",
      dpoName: "Dana Lindqvist",
      dpoEmail: `dpo@${DEMO_DOMAIN}`,
      dpoPhone: "+46 8 555 010 42",
      representative: "",
      country: "SE",
      timeZone: "Europe/Stockholm",
    })
    .onConflictDoNothing()
    .returning({ id: organisation.id });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const created = await tx
    .insert(users)
    .values(DEMO_USERS.map((u) => ({ ...u, passwordHash })))
    .onConflictDoNothing()
    .returning({ id: users.id });
  return org.length + created.length;
}
