import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseCsvTable } from "@/lib/csv-parse";
import { COMPLETION_CSV_REQUIRED, parseYesNo, previewState, STAFF_CSV_REQUIRED, validateCompletionRows, validateStaffRows } from "@/lib/training/import-rows";
import { checkCertificate, detectCertificateType, safeFileName } from "@/lib/training/staff-schema";

function table(text: string, required: readonly string[]) {
  const r = parseCsvTable(text, required);
  if (!r.ok) throw new Error(r.error);
  return r.table;
}

const HEAD = "name,work_email,team,job_title,manager_email,customer_facing,start_date,leave_date\n";
const managers = new Map([["manager@acme.example", "m-1"]]);
const staffRows = (body: string) => validateStaffRows(table(HEAD + body, STAFF_CSV_REQUIRED), { managerIdByEmail: managers });

describe("parseYesNo", () => {
  it("accepts yes/no, true/false, 1/0 in any case", () => {
    for (const v of ["yes", "YES", "true", "1", " Yes "]) assert.equal(parseYesNo(v), true);
    for (const v of ["no", "False", "0"]) assert.equal(parseYesNo(v), false);
    for (const v of ["", "maybe", "2"]) assert.equal(parseYesNo(v), null);
  });
});

describe("validateStaffRows", () => {
  it("accepts a full row and lower-cases emails", () => {
    const [row] = staffRows("Sara Nyström,Sara@Acme.example,Support,Chat agent,MANAGER@acme.example,yes,2024-01-15,\n");
    assert.deepEqual(row, {
      line: 2,
      label: "sara@acme.example",
      data: { name: "Sara Nyström", workEmail: "sara@acme.example", team: "Support", jobTitle: "Chat agent", managerUserId: "m-1", customerFacing: true, startDate: "2024-01-15", leaveDate: null },
    });
  });

  it("manager and leave date are optional", () => {
    const [row] = staffRows("Omar,omar@acme.example,IT,Engineer,,no,2023-02-01,2026-01-31\n");
    assert.equal(row!.data?.managerUserId, null);
    assert.equal(row!.data?.leaveDate, "2026-01-31");
  });

  it("reports every problem of a row", () => {
    const [row] = staffRows(",not-an-email,T,J,boss@acme.example,perhaps,2024-13-01,yesterday\n");
    assert.ok(row!.errors);
    assert.deepEqual(row!.errors, [
      "Name is missing.",
      "Work email is not a valid address.",
      "Manager email is not an active DPO Desk user with the manager role.",
      "Customer-facing must be yes or no (or true/false, 1/0).",
      "Start date must be a date written YYYY-MM-DD.",
      "Leave date must be a date written YYYY-MM-DD, or empty.",
    ]);
  });

  it("refuses a leave date before the start date and a repeated email", () => {
    const rows = staffRows("A,a@acme.example,T,J,,yes,2024-05-01,2024-04-01\nB,b@acme.example,T,J,,yes,2024-05-01,\nB2,B@acme.example,T,J,,no,2024-05-01,\n");
    assert.deepEqual(rows[0]!.errors, ["Leave date is before the start date."]);
    assert.ok(rows[1]!.data);
    assert.deepEqual(rows[2]!.errors, ["This work email is already on line 3."]);
  });

  it("refuses over-long text", () => {
    const [row] = staffRows(`${"x".repeat(201)},x@acme.example,T,J,,yes,2024-05-01,\n`);
    assert.deepEqual(row!.errors, ["Name is longer than 200 characters."]);
  });
});

describe("validateCompletionRows", () => {
  const ctx = {
    staffByEmail: new Map([
      ["sara@acme.example", { id: "s-1", managerUserId: "m-1" }],
      ["karin@acme.example", { id: "s-2", managerUserId: null }],
    ]),
    courseIdByTitle: new Map([["gdpr basics", "c-1"]]),
    today: "2026-06-01",
  };
  const rows = (body: string, extra: { managerUserId?: string } = {}) =>
    validateCompletionRows(table(`work_email,course,completed_on,score\n${body}`, COMPLETION_CSV_REQUIRED), { ...ctx, ...extra });

  it("matches person by email and course by title in any case", () => {
    assert.deepEqual(rows("SARA@acme.example,GDPR Basics,2026-05-01,88\n")[0]!.data, { staffId: "s-1", courseId: "c-1", completedOn: "2026-05-01", score: 88 });
    assert.equal(rows("sara@acme.example,gdpr basics,2026-05-01,\n")[0]!.data?.score, null);
  });

  it("reports unknown people and courses, bad dates and scores", () => {
    assert.deepEqual(rows("nobody@acme.example,Other,2026-06-02,101\n")[0]!.errors, [
      "No person in the staff directory has this work email.",
      "No course has this title.",
      "Completed on is in the future.",
      "Score must be a whole number from 0 to 100, or empty.",
    ]);
    assert.deepEqual(rows("sara@acme.example,GDPR basics,01/05/2026,8.5\n")[0]!.errors, [
      "Completed on must be a date written YYYY-MM-DD.",
      "Score must be a whole number from 0 to 100, or empty.",
    ]);
  });

  it("a manager may import only for their own team, and learns nothing about others", () => {
    const result = rows("sara@acme.example,GDPR basics,2026-05-01,\nkarin@acme.example,GDPR basics,2026-05-01,\nnobody@acme.example,GDPR basics,2026-05-01,\n", { managerUserId: "m-1" });
    assert.ok(result[0]!.data);
    assert.deepEqual(result[1]!.errors, ["No one in your team has this work email."]);
    assert.deepEqual(result[2]!.errors, result[1]!.errors);
  });
});

describe("previewState", () => {
  it("counts valid rows and keeps the text for the confirmation", () => {
    const state = previewState("csv", [
      { line: 2, label: "a", data: 1 },
      { line: 3, label: "b", errors: ["bad"] },
    ]);
    assert.equal(state.stage, "preview");
    assert.equal(state.valid, 1);
    assert.equal(state.csv, "csv");
    assert.match(state.message, /1 row can be imported; 1 has errors/);
  });

  it("a file with no rows stays at the upload", () => {
    assert.equal(previewState("csv", []).stage, "upload");
  });
});

describe("certificates", () => {
  const bytes = (...b: number[]) => new Uint8Array([...b, 0, 0, 0, 0, 0, 0, 0, 0]);
  it("recognises PDF, PNG and JPEG by their first bytes", () => {
    assert.equal(detectCertificateType(new TextEncoder().encode("%PDF-1.7\n")), "application/pdf");
    assert.equal(detectCertificateType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)), "image/png");
    assert.equal(detectCertificateType(bytes(0xff, 0xd8, 0xff, 0xe0)), "image/jpeg");
  });

  it("refuses other content whatever the file is called, empty and over-large files", () => {
    assert.deepEqual(checkCertificate({ size: 20, bytes: new TextEncoder().encode("<html><script>") }), { ok: false, error: "Only PDF, PNG or JPEG files are accepted." });
    assert.equal(checkCertificate({ size: 0, bytes: new Uint8Array() }).ok, false);
    assert.deepEqual(checkCertificate({ size: 5 * 1024 * 1024 + 1, bytes: new TextEncoder().encode("%PDF-") }), { ok: false, error: "The file is larger than 5 MB." });
  });

  it("makes a header-safe file name with the checked type's extension", () => {
    assert.equal(safeFileName('cert"; x=.html', "application/pdf"), "cert_x_.pdf");
    assert.equal(safeFileName("", "image/png"), "certificate.png");
  });
});
