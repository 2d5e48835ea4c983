// The text of a training reminder. It carries only what the reader needs to act: the person's name,
// the course and the due date. No email addresses, teams, scores or other people's names.

export interface ReminderFacts {
  personName: string;
  courseTitle: string;
  dueOn: string;
}

// Header fields must stay on one line: a name or title holding a line break could otherwise add headers.
const oneLine = (s: string) => s.replace(/[\r\n\t]+/g, " ").replace(/\s{2,}/g, " ").trim();

export function reminderSubject(facts: ReminderFacts): string {
  return oneLine(`Training overdue: ${facts.courseTitle}`).slice(0, 200);
}

/** The e-mail to the person who must take the course. */
export function reminderToPerson(facts: ReminderFacts): { subject: string; body: string } {
  return {
    subject: reminderSubject(facts),
    body: [
      `Hello ${oneLine(facts.personName)},`,
      "",
      `The course "${oneLine(facts.courseTitle)}" was due on ${facts.dueOn} and is not yet completed.`,
      "Please complete it as soon as you can.",
      "",
      "This reminder was sent by the Data Protection Officer.",
    ].join("\n"),
  };
}

/** The e-mail to the person's manager. */
export function reminderToManager(facts: ReminderFacts): { subject: string; body: string } {
  return {
    subject: reminderSubject(facts),
    body: [
      "Hello,",
      "",
      `${oneLine(facts.personName)} in your team has not yet completed the course "${oneLine(facts.courseTitle)}", which was due on ${facts.dueOn}.`,
      "Please make sure it is completed soon.",
      "",
      "This reminder was sent by the Data Protection Officer.",
    ].join("\n"),
  };
}

/** The sentence shown after a click: "Sent 5, skipped 2 reminded in the last 7 days". */
export function reminderResultMessage(r: { sent: number; skipped: number; queuedOnly: boolean }): string {
  if (r.sent === 0 && r.skipped === 0) return "Nobody on the list is overdue: no reminder was sent.";
  let text = `Sent ${r.sent}, skipped ${r.skipped} reminded in the last 7 days.`;
  if (r.sent > 0 && r.queuedOnly) text += " No mail server is configured, so the e-mails wait in the outbox.";
  return text;
}
