// CSV as RFC 4180 describes it (comma-separated, CRLF line ends, fields quoted when they hold a
// comma, quote, CR or LF, quotes doubled), made safe to open in a spreadsheet.

// A spreadsheet runs a cell that starts with one of these as a formula (CSV injection): the audit
// log holds text that users typed, so such text is turned into a plain string with a leading quote.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * Written first so spreadsheet programs read the file as UTF-8 (names like "Åsa" otherwise come out
 * garbled); CSV readers in code skip it.
 */
export const CSV_BOM = "\uFEFF";

export function csvCell(value: unknown): string {
  let text: string;
  if (value === null || value === undefined) return "";
  if (value instanceof Date) text = value.toISOString();
  else if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
    // Numbers the program wrote (ids, counts) are data, not user text: "-5" stays a number.
    text = String(value);
  } else {
    text = String(value);
    if (FORMULA_START.test(text)) text = `'${text}`;
  }
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record, with its CRLF line end. */
export function csvLine(values: readonly unknown[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}
