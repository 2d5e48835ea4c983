import { defineConfig } from "drizzle-kit";

// `drizzle-kit generate` needs no database; `studio` uses DATABASE_URL when set,
// otherwise the embedded PGlite folder.
const url = process.env.DATABASE_URL;

export default defineConfig({
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  dialect: "postgresql",
  ...(url
    ? { dbCredentials: { url } }
    : { driver: "pglite", dbCredentials: { url: process.env.DATA_DIR ?? ".data/db" } }),
});
