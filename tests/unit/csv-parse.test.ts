import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { csvLine } from "@/lib/csv";
import { parseCsv, parseCsvTable } from "@/lib/csv-parse";

const records = (text: string) => {
  const r = parseCsv(text);
  if (!r.ok) throw new Error(r.error);
  return r.records;
};

describe("parseCsv", () => {
  it("reads plain rows with LF or CRLF line ends", () => {
    assert.deepEqual(records("a,b\n1,2\n"), [["a", "b"], ["1", "2"]]);
    assert.deepEqual(records("a,b\r\n1,2\r\n"), [["a", "b"], ["1", "2"]]);
    assert.deepEqual(records("a,b\r1,2"), [["a", "b"], ["1", "2"]]);
  });

  it("keeps a last row without a line end, and empty fields", () => {
    assert.deepEqual(records("a,b,c\n1,,3"), [["a", "b", "c"], ["1", "", "3"]]);
    assert.deepEqual(records("a,\n"), [["a", ""]]);
  });

  it("skips blank lines", () => {
    assert.deepEqual(records("a\n\n\nb\n\n"), [["a"], ["b"]]);
  });

  it("reads quoted fields with commas, doubled quotes and newlines", () => {
    assert.deepEqual(records('name,note\n"Ek, Jonas","He said ""hi"""\n'), [["name", "note"], ["Ek, Jonas", 'He said "hi"']]);
    assert.deepEqual(records('"line one\r\nline two",x'), [["line one\r\nline two", "x"]]);
    assert.deepEqual(records('"",""'), [["", ""]]);
  });

  it("drops a UTF-8 byte order mark", () => {
    assert.deepEqual(records("\uFEFFname\nÅsa"), [["name"], ["Åsa"]]);
  });

  it("reads back what lib/csv writes", () => {
    const values = ["Åsa, \"the\" boss", "multi\nline", "plain", ""];
    assert.deepEqual(records(csvLine(values)), [values]);
  });

  it("refuses malformed quoting instead of guessing", () => {
    assert.equal(parseCsv('"open,b').ok, false);
    assert.equal(parseCsv('ab"c,d').ok, false);
    assert.equal(parseCsv('"ab"c,d').ok, false);
  });

  it("an empty text has no records", () => {
    assert.deepEqual(records(""), []);
  });
});

describe("parseCsvTable", () => {
  it("maps rows to lower-cased trimmed headers with line numbers", () => {
    const r = parseCsvTable(" Name ,WORK_EMAIL\nSara, sara@x.example \n", ["name", "work_email"]);
    assert.ok(r.ok);
    assert.deepEqual(r.table.header, ["name", "work_email"]);
    assert.deepEqual(r.table.rows, [{ line: 2, values: { name: "Sara", work_email: "sara@x.example" } }]);
  });

  it("names missing columns", () => {
    const r = parseCsvTable("name\nSara", ["name", "work_email", "team"]);
    assert.deepEqual(r, { ok: false, error: "Missing columns: work_email, team." });
  });

  it("a short row gives empty values", () => {
    const r = parseCsvTable("a,b\n1", ["a", "b"]);
    assert.ok(r.ok);
    assert.deepEqual(r.table.rows[0]!.values, { a: "1", b: "" });
  });

  it("an empty file is an error", () => {
    assert.equal(parseCsvTable("", ["a"]).ok, false);
  });
});
