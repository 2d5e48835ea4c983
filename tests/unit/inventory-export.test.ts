import assert from "node:assert/strict";
import { describe, it } from "node:test";
import ExcelJS from "exceljs";
import { parseCsv } from "@/lib/csv-parse";
import { exportFileName, RECORD_COLUMNS, recordRows, stampText, toCsv, toXlsx, type RecordSnapshot, type VersionStamp } from "@/lib/inventory/export";

const snapshot: RecordSnapshot = {
  organisation: {
    controllerName: "Northwind Outdoor AB",
    address: "Storgatan 1, Stockholm",
    contactEmail: "privacy@example.test",
    contactPhone: "+46 8 000 00 00",
    dpoName: "Dana Lindqvist",
    dpoEmail: "dpo@example.test",
    dpoPhone: "",
    representative: "",
    country: "SE",
  },
  activities: [
    {
      name: "Website live chat",
      purposes: "Answer questions, from visitors",
      legalBasis: "legitimate_interests",
      legitimateInterest: "Helping visitors",
      art9Condition: null,
      subjectCategories: ["Customers", "Website visitors"],
      dataCategories: [
        { name: "Contact details", special: false },
        { name: "Health data", special: true },
      ],
      recipients: "=HYPERLINK(\"http://evil\")",
      transfers: [{ recipient: "ChatCo Inc.", country: "US", mechanism: "scc", safeguards: "TIA 2026-01" }],
      retention: "Set by the chat retention rules",
      measures: ["Encryption", "TLS"],
      source: "The visitor",
      systems: "Chat widget",
      owner: "Åsa Öberg",
      dpiaStatus: "in_progress",
    },
    {
      name: "Payroll",
      purposes: "Pay staff",
      legalBasis: null,
      legitimateInterest: "",
      art9Condition: "employment_law",
      subjectCategories: [],
      dataCategories: [],
      recipients: "",
      transfers: [],
      retention: "7 years",
      measures: [],
      source: "",
      systems: "",
      owner: null,
      dpiaStatus: "not_needed",
    },
  ],
};
const stamp: VersionStamp = { version: 3, contentHash: "a".repeat(64), createdAt: new Date("2026-11-29T12:00:00Z") };

describe("recordRows", () => {
  it("gives one cell per template column, in template order", () => {
    const rows = recordRows(snapshot);
    assert.equal(rows.length, 2);
    for (const row of rows) assert.equal(row.length, RECORD_COLUMNS.length);
    assert.deepEqual(RECORD_COLUMNS.slice(0, 3), ["Activity", "Purposes", "Legal basis"]);
    assert.equal(RECORD_COLUMNS.at(-1), "DPIA");
  });

  it("labels codes and joins lists", () => {
    const [chat, payroll] = recordRows(snapshot);
    const cell = (row: string[], column: (typeof RECORD_COLUMNS)[number]) => row[RECORD_COLUMNS.indexOf(column)];
    assert.equal(cell(chat!, "Legal basis"), "(f) Legitimate interests");
    assert.equal(cell(chat!, "Categories of personal data"), "Contact details; Health data");
    assert.equal(cell(chat!, "Special categories"), "Health data");
    assert.equal(cell(chat!, "Third-country transfers"), "ChatCo Inc. — US — Standard contractual clauses (Art. 46(2)(c)) — TIA 2026-01");
    assert.equal(cell(chat!, "Security measures"), "Encryption; TLS");
    assert.equal(cell(chat!, "DPIA"), "In progress");
    assert.equal(cell(payroll!, "Legal basis"), "Not set");
    assert.equal(cell(payroll!, "Art. 9 condition"), "(b) Employment and social security law");
    assert.equal(cell(payroll!, "Special categories"), "None");
    assert.equal(cell(payroll!, "Third-country transfers"), "None");
    assert.equal(cell(payroll!, "Owner"), "");
  });

  it("gives no rows for an empty record", () => {
    assert.deepEqual(recordRows({ organisation: null, activities: [] }), []);
  });
});

describe("toCsv", () => {
  const text = toCsv(snapshot, stamp);
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(parsed.error);
  const records = parsed.records;

  it("starts with the BOM and the stamp, then the controller block", () => {
    assert.ok(text.startsWith("\uFEFF"));
    assert.equal(stampText(stamp), `Version 3 · SHA-256 ${"a".repeat(64)}`);
    assert.ok(text.includes(stampText(stamp)));
    assert.ok(records.some((r) => r[0] === "Controller" && r[1] === "Northwind Outdoor AB"));
    assert.ok(records.some((r) => r[0] === "DPO contact" && r[1] === "dpo@example.test"));
  });

  it("has the header row and one row per activity, and parses back to the same cells", () => {
    const header = records.findIndex((r) => r[0] === "Activity");
    assert.ok(header > 0);
    assert.deepEqual(records[header], [...RECORD_COLUMNS]);
    const body = records.slice(header + 1).filter((r) => r.length > 1);
    assert.equal(body.length, 2);
    assert.equal(body[0]![1], "Answer questions, from visitors");
    assert.equal(body[0]![14], "Åsa Öberg");
  });

  it("defuses text that a spreadsheet would run as a formula", () => {
    assert.ok(text.includes(`"'=HYPERLINK(""http://evil"")"`));
  });

  it("is the same text for the same snapshot and stamp", () => {
    assert.equal(toCsv(snapshot, stamp), text);
  });
});

describe("toXlsx", () => {
  it("writes a Record sheet with a bold frozen header and a Controller sheet with the stamp", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await toXlsx(snapshot, stamp)) as unknown as ArrayBuffer);
    const record = workbook.getWorksheet("Record")!;
    assert.deepEqual((record.getRow(1).values as unknown[]).slice(1), [...RECORD_COLUMNS]);
    assert.equal(record.getRow(1).getCell(1).font?.bold, true);
    assert.equal(record.views[0]?.state, "frozen");
    assert.equal(record.rowCount, 3);
    assert.equal(record.getRow(2).getCell(1).value, "Website live chat");
    // Stored as text, not a formula.
    assert.equal(record.getRow(2).getCell(9).value, "=HYPERLINK(\"http://evil\")");
    const controller = workbook.getWorksheet("Controller")!;
    const values = controller.getSheetValues().flat().filter((v) => typeof v === "string");
    assert.ok(values.includes(stampText(stamp)));
    assert.ok(values.includes("Northwind Outdoor AB"));
    assert.ok(values.includes("a".repeat(64)));
  });
});

describe("exportFileName", () => {
  it("names the version and format", () => {
    assert.equal(exportFileName(3, "csv"), "record-of-processing-v3.csv");
    assert.equal(exportFileName(12, "xlsx"), "record-of-processing-v12.xlsx");
  });
});
