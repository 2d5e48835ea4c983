import { parseArgs } from "node:util";
import { closeDb, getDbHandle } from "@/db";
import { createApiKey, listApiKeys, revokeApiKey } from "@/db/queries/api-keys";
import { API_KEY_SCOPES, createApiKeySchema } from "@/lib/api-keys";
import { isUuid } from "@/lib/uuid";

// `npm run apikey -- create --name "Website chat" --scopes chats:write,chats:read` prints a new key once;
// `list` shows the keys (never the keys themselves); `revoke --id <uuid>` revokes one. Audited as the
// system. On the embedded database run it while the app is stopped: PGlite allows one process per directory.
const USAGE = `Usage:
  npm run apikey -- create --name NAME [--scopes SCOPE,SCOPE]   (default chats:write; scopes: ${API_KEY_SCOPES.join(", ")})
  npm run apikey -- list
  npm run apikey -- revoke --id KEY_ID`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { name: { type: "string" }, scopes: { type: "string", default: "chats:write" }, id: { type: "string" } },
});
const command = positionals[0];
if (!command || !["create", "list", "revoke"].includes(command) || positionals.length > 1) {
  console.error(USAGE);
  process.exit(2);
}

async function run(): Promise<string | null> {
  if (command === "create") {
    const input = createApiKeySchema.safeParse({ name: values.name ?? "", scopes: (values.scopes ?? "").split(",") });
    if (!input.success) return input.error.issues.map((i) => `--${String(i.path[0] ?? "name")}: ${i.message}`).join("\n");
    const created = await createApiKey({ type: "system" }, input.data);
    console.log(`Created API key "${created.name}" (id ${created.id}) with scopes ${created.scopes.join(", ")}.`);
    console.log("Store it now; it is not shown again:\n");
    console.log(created.key);
  } else if (command === "list") {
    const keys = await listApiKeys();
    if (keys.length === 0) console.log("No API keys.");
    for (const k of keys) {
      const state = k.revokedAt ? `revoked ${k.revokedAt.toISOString()}` : "active";
      console.log(`${k.id}  ${k.prefix}…  ${k.scopes.join(",")}  ${state}  last used ${k.lastUsedAt?.toISOString() ?? "never"}  ${k.name}`);
    }
  } else {
    const id = values.id ?? "";
    if (!isUuid(id)) return "--id must be the key's id (see `npm run apikey -- list`).";
    const result = await revokeApiKey({ type: "system" }, id);
    // The refusal's sentence speaks to the settings page; the command line says it in its own terms.
    if (!result.ok) return result.code === "not_found" ? "No API key has that id." : result.message;
    console.log(`Revoked "${result.name}" (${result.prefix}…).`);
  }
  return null;
}

// Errors set the exit code rather than exiting, so the database is always closed cleanly.
const handle = getDbHandle();
try {
  await handle.migrate();
  const problem = await run();
  if (problem) {
    console.error(problem);
    process.exitCode = 2;
  }
} finally {
  await closeDb();
}
