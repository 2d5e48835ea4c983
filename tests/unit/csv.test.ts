import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { csvCell, csvLine } from "@/lib/csv";

describe("csvCell", () => {
  it("leaves plain text as it is", () => {
    assert.equal(csvCell("breach.update"), "breach.update");
    assert.equal(csvCell("Dana Lindqvist"), "Dana Lindqvist");
    assert.equal(csvCell("Åsa Öberg"), "Åsa Öberg");
    assert.equal(csvCell(""), "");
  });

  it("quotes fields holding a comma, quote, CR or LF, doubling quotes", () => {
    assert.equal(csvCell("a,b"), '"a,b"');
    assert.equal(csvCell('say "hi"'), '"say ""hi"""');
    assert.equal(csvCell('"'), '""""');
    assert.equal(csvCell("line 1\nline 2"), '"line 1\nline 2"');
    assert.equal(csvCell("line 1\r\nline 2"), '"line 1\r\nline 2"');
    assert.equal(csvCell('{"fields":["title","status"]}'), '"{""fields"":[""title"",""status""]}"');
  });

  it("does not quote other punctuation or spaces", () => {
    assert.equal(csvCell("a;b c'd"), "a;b c'd");
    assert.equal(csvCell(" leading space"), " leading space");
  });

  it("neutralises text a spreadsheet would run as a formula", () => {
    assert.equal(csvCell("=1+1"), "'=1+1");
    assert.equal(csvCell("+46 8 555"), "'+46 8 555");
    assert.equal(csvCell("-2+3"), "'-2+3");
    assert.equal(csvCell("@SUM(A1:A2)"), "'@SUM(A1:A2)");
    assert.equal(csvCell("\tcmd"), "'\tcmd");
  });

  it("neutralises and then quotes when both apply", () => {
    assert.equal(csvCell('=HYPERLINK("http://x","y")'), `"'=HYPERLINK(""http://x"",""y"")"`);
    assert.equal(csvCell("\r=1"), `"'\r=1"`);
    assert.equal(csvCell("=a,b"), `"'=a,b"`);
  });

  it("only looks at the first character for formulas", () => {
    assert.equal(csvCell("a=b"), "a=b");
    assert.equal(csvCell("x-y@z"), "x-y@z");
  });

  it("writes numbers, booleans, dates and empty values", () => {
    assert.equal(csvCell(42), "42");
    assert.equal(csvCell(-5), "-5");
    assert.equal(csvCell(10n), "10");
    assert.equal(csvCell(true), "true");
    assert.equal(csvCell(null), "");
    assert.equal(csvCell(undefined), "");
    assert.equal(csvCell(new Date("2026-11-29T08:15:00.123Z")), "2026-11-29T08:15:00.123Z");
  });
});

describe("csvLine", () => {
  it("joins cells with commas and ends with CRLF", () => {
    assert.equal(csvLine(["id", "at", "actor"]), "id,at,actor\r\n");
    assert.equal(csvLine([1, null, "a,b", "=x"]), `1,,"a,b",'=x\r\n`);
  });

  it("keeps an empty record distinct from no record", () => {
    assert.equal(csvLine([]), "\r\n");
    assert.equal(csvLine(["", ""]), ",\r\n");
  });

  it("round-trips through a minimal RFC 4180 reader", () => {
    const cells = ['a "quoted" word', "multi\nline", "plain", "", "x,y"];
    assert.deepEqual(parseRecord(csvLine(cells)), cells);
  });
});

// A small reader, independent of the writer, to check that what is written reads back unchanged.
function parseRecord(line: string): string[] {
  const out: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        cell += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ",") {
      out.push(cell);
      cell = "";
    } else if (c === "\r" && line[i + 1] === "\n") {
      break;
    } else {
      cell += c;
    }
  }
  out.push(cell);
  return out;
}
