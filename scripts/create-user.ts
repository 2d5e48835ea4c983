import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { z } from "zod";
import { closeDb, getDbHandle } from "@/db";
import { withAudit } from "@/db/queries/audit";
import { users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { passwordProblems } from "@/lib/auth/password-policy";
import { ROLES } from "@/lib/auth/roles";

// `npm run user:create -- --email a@b.c --name "Dana" --role dpo`: the first account of a fresh
// production install. The password comes from NEW_USER_PASSWORD or is asked for; it is never printed.
const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string", default: "dpo" } } });
const input = z
  .object({ email: z.string().trim().toLowerCase().email("--email must be an email address"), name: z.string().trim().min(1, "--name is required"), role: z.enum(ROLES, { error: `--role must be one of ${ROLES.join(", ")}` }) })
  .safeParse(values);
if (!input.success) {
  console.error(input.error.issues.map((i) => i.message).join("\n"));
  process.exit(2);
}

async function askPassword(): Promise<string> {
  if (process.env.NEW_USER_PASSWORD) return process.env.NEW_USER_PASSWORD;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await rl.question("Password for the new user: ");
  rl.close();
  return answer;
}

const password = await askPassword();
const problems = passwordProblems(password, input.data);
if (problems.length) {
  console.error(problems.join("\n"));
  process.exit(2);
}

const handle = getDbHandle();
try {
  await handle.migrate();
  const created = await withAudit(
    { type: "system" },
    async (tx) => tx.insert(users).values({ ...input.data, passwordHash: await hashPassword(password) }).onConflictDoNothing().returning({ id: users.id }),
    (rows) => (rows[0] ? { action: "user.create", entityType: "user", entityId: rows[0].id, summary: { role: input.data.role, via: "command line" } } : []),
  );
  console.log(created.length ? `Created the ${input.data.role} user.` : "A user with that email already exists; nothing changed.");
} finally {
  await closeDb();
}
