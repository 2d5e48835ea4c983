// Runs once when a server instance starts: check the configuration, then bring the schema up to date.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("./lib/env");
  env();
  const { getDbHandle } = await import("./db");
  await getDbHandle().migrate();
  // After the migration that adds mentions, before anything reads people: rebuilds them once if needed.
  const { runOneOffFixes } = await import("./db/jobs/one-off-fixes");
  await runOneOffFixes();
  const { startNightlyJobs } = await import("./db/jobs/nightly");
  startNightlyJobs();
}
