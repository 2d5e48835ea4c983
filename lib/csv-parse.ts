// An RFC 4180 reader for the CSV files people upload (staff lists, learning-platform exports).
// Spreadsheets write a BOM, CRLF or LF line ends, and quote fields holding commas, quotes or newlines.

export type CsvParseResult = { ok: true; records: string[][] } | { ok: false; error: string };

export function parseCsv(text: string): CsvParseResult {
  const input = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  // Whether the current field began with a quote, so `"a"b` can be refused as malformed.
  let wasQuoted = false;
  let i = 0;
  let line = 1;
  const endField = () => {
    record.push(field);
    field = "";
    wasQuoted = false;
  };
  const endRecord = () => {
    endField();
    // A line with nothing on it is not a record (trailing newline, blank lines between rows).
    if (!(record.length === 1 && record[0] === "")) records.push(record);
    record = [];
  };
  while (i < input.length) {
    const c = input[i]!;
    if (quoted) {
      if (c === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        continue;
      }
      if (c === "\n") line += 1;
      field += c;
      i += 1;
      continue;
    }
    if (c === '"') {
      if (field !== "" || wasQuoted) return { ok: false, error: `Line ${line}: a quote inside an unquoted field. Quote the whole field and double the quotes inside it.` };
      quoted = true;
      wasQuoted = true;
      i += 1;
      continue;
    }
    if (wasQuoted && c !== "," && c !== "\r" && c !== "\n") {
      return { ok: false, error: `Line ${line}: text after a closing quote.` };
    }
    if (c === ",") {
      endField();
      i += 1;
    } else if (c === "\r") {
      endRecord();
      i += input[i + 1] === "\n" ? 2 : 1;
      line += 1;
    } else if (c === "\n") {
      endRecord();
      i += 1;
      line += 1;
    } else {
      field += c;
      i += 1;
    }
  }
  if (quoted) return { ok: false, error: "The file ends inside a quoted field: a closing quote is missing." };
  if (field !== "" || record.length > 0 || wasQuoted) endRecord();
  return { ok: true, records };
}

export interface CsvTable {
  /** Header names, trimmed and lower-cased. */
  header: string[];
  /** Each data record as header → value, with the file's line number for error messages. */
  rows: Array<{ line: number; values: Record<string, string> }>;
}

/**
 * Parses a file whose first record names the columns. Checks that every required column is there;
 * the line number reported is the record's position (header = 1), which is what spreadsheets show.
 */
export function parseCsvTable(text: string, required: readonly string[]): { ok: true; table: CsvTable } | { ok: false; error: string } {
  const parsed = parseCsv(text);
  if (!parsed.ok) return parsed;
  const [head, ...body] = parsed.records;
  if (!head) return { ok: false, error: "The file is empty." };
  const header = head.map((h) => h.trim().toLowerCase());
  const missing = required.filter((r) => !header.includes(r));
  if (missing.length > 0) return { ok: false, error: `Missing column${missing.length > 1 ? "s" : ""}: ${missing.join(", ")}.` };
  const rows = body.map((rec, index) => ({
    line: index + 2,
    values: Object.fromEntries(header.map((h, k) => [h, (rec[k] ?? "").trim()])),
  }));
  return { ok: true, table: { header, rows } };
}
