import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { describeMailError } from "@/lib/mail/send";
import { reminderResultMessage, reminderToManager, reminderToPerson } from "@/lib/training/reminder-text";

const facts = { personName: "Åsa Berg", courseTitle: "GDPR basics", dueOn: "2026-10-01" };

describe("reminder text", () => {
  it("tells the person the course and the due date, addressed by name", () => {
    const m = reminderToPerson(facts);
    assert.equal(m.subject, "Training overdue: GDPR basics");
    assert.match(m.body, /^Hello Åsa Berg,/);
    assert.match(m.body, /"GDPR basics" was due on 2026-10-01/);
  });

  it("tells the manager who, which course and when, nothing more", () => {
    const m = reminderToManager(facts);
    assert.match(m.body, /Åsa Berg in your team has not yet completed the course "GDPR basics", which was due on 2026-10-01/);
    assert.doesNotMatch(m.body, /@/);
  });

  it("keeps the subject on one line, whatever the title holds", () => {
    const m = reminderToPerson({ ...facts, courseTitle: "Evil\r\nBcc: someone@example.com" });
    assert.doesNotMatch(m.subject, /[\r\n]/);
    assert.ok(m.subject.length <= 200);
    const long = reminderToPerson({ ...facts, courseTitle: "x".repeat(500) });
    assert.equal(long.subject.length, 200);
  });

  it("holds no e-mail address, team or score", () => {
    for (const m of [reminderToPerson(facts), reminderToManager(facts)]) {
      assert.doesNotMatch(`${m.subject}\n${m.body}`, /@|team:|score/i);
    }
  });
});

describe("reminder result message", () => {
  it("reports sent and skipped", () => {
    assert.equal(reminderResultMessage({ sent: 5, skipped: 2, queuedOnly: false }), "Sent 5, skipped 2 reminded in the last 7 days.");
  });
  it("says when the e-mails only wait in the outbox", () => {
    assert.match(reminderResultMessage({ sent: 1, skipped: 0, queuedOnly: true }), /wait in the outbox/);
    assert.doesNotMatch(reminderResultMessage({ sent: 0, skipped: 3, queuedOnly: true }), /outbox/);
  });
  it("says when nobody was overdue", () => {
    assert.match(reminderResultMessage({ sent: 0, skipped: 0, queuedOnly: true }), /Nobody/);
  });
});

describe("mail errors", () => {
  it("keep the code and reply code, never the server's text (it quotes addresses)", () => {
    const error = Object.assign(new Error("550 <someone@example.com>: Recipient address rejected"), { code: "EENVELOPE", responseCode: 550 });
    const text = describeMailError(error);
    assert.equal(text, "EENVELOPE: the mail server refused the sender or the recipient (SMTP 550)");
    assert.doesNotMatch(text, /@/);
  });
  it("handle anything thrown", () => {
    assert.equal(describeMailError(undefined), "sending failed");
    assert.equal(describeMailError("boom someone@example.com"), "sending failed");
    assert.equal(describeMailError({ code: "weird code with spaces@x" }), "sending failed");
  });
});
