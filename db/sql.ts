import { sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "./";

/**
 * Runs raw SQL and returns its rows on either driver: PGlite answers `{ rows }`, postgres.js an array.
 * Ingest uses raw statements because the query builder has no `insert … select from json_to_recordset`.
 */
export async function queryRows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}

/**
 * Many rows as ONE parameter: a JSON array that the statement unpacks with json_to_recordset. A batch of
 * 10,000 messages is then one statement with one parameter, instead of chunks of VALUES lists kept under
 * PostgreSQL's 65,535-parameter limit, and it parses faster than either on both PGlite and PostgreSQL.
 */
export function jsonRows(rows: readonly object[]): SQL {
  return sql`${JSON.stringify(rows)}::json`;
}

/**
 * Text as PostgreSQL can store it: NUL is not allowed in text, and a lone UTF-16 surrogate cannot be
 * encoded. Each is replaced by U+FFFD, one code unit for one, so detector offsets stay valid.
 */
export function storableText(value: string): string {
  return value.toWellFormed().replaceAll("\u0000", "\uFFFD");
}

/** Escapes LIKE's wildcards so a search for "50%" or "a_b" finds those characters, not patterns. */
export function likeEscape(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
