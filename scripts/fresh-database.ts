import postgres from "postgres";
import { dropDatabase } from "./lib/drop-database";

// Drops and re-creates a database on TEST_DATABASE_URL's server and prints its URL.
const name = process.argv[2];
const adminUrl = process.env.TEST_DATABASE_URL;
if (!name || !/^[a-z_][a-z0-9_]*$/.test(name) || !adminUrl) {
  console.error("usage: TEST_DATABASE_URL=... tsx scripts/fresh-database.ts NAME");
  process.exit(2);
}
const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
await dropDatabase(admin, name);
await admin.unsafe(`create database ${name}`);
await admin.end();
const url = new URL(adminUrl);
url.pathname = `/${name}`;
console.log(url.toString());
