"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { createCourse, updateCourse, sendReminders } from "@/db/queries/training";
import { deliverOutbox } from "@/db/queries/outbox";
import { getTimeZone } from "@/db/queries/time-zone";
import { actorOf, authorizeAction } from "@/lib/auth/guards";
import { INVALID_INPUT, parseForm, type ActionState } from "@/lib/forms";
import { smtpSender } from "@/lib/mail/send";
import { refusalState, submittedValues } from "@/lib/outcome";
import { attemptWrite, WRITE_FAILED_MESSAGE } from "@/lib/server-errors";
import { courseFormSchema } from "@/lib/training/course-schema";
import { todayIn } from "@/lib/time";
import { reminderResultMessage } from "@/lib/training/reminder-text";

export async function createCourseAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("courses:write");
  if (denied) return denied;
  const parsed = parseForm(courseFormSchema, formData);
  if (parsed.state) return parsed.state;
  const today = todayIn(await getTimeZone());
  const result = await attemptWrite("course.create", () => createCourse(actorOf(user), parsed.data, today));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  if (!result.value.ok) return refusalState(result.value, submittedValues(formData));
  revalidatePath("/training");
  revalidatePath("/");
  redirect("/training");
}

const idSchema = z.object({ id: z.uuid() });

export async function updateCourseAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("courses:write");
  if (denied) return denied;
  const id = parseForm(idSchema.loose(), formData);
  if (id.state) return INVALID_INPUT;
  const parsed = parseForm(courseFormSchema, formData);
  if (parsed.state) return parsed.state;
  const today = todayIn(await getTimeZone());
  const result = await attemptWrite("course.update", () => updateCourse(actorOf(user), id.data.id, parsed.data, today));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  if (!result.value.ok) return refusalState(result.value, submittedValues(formData));
  revalidatePath("/training");
  revalidatePath(`/training/courses/${id.data.id}`);
  revalidatePath("/");
  redirect("/training");
}

// No pair: the whole overdue list in the user's scope. A pair: that one row.
const reminderSchema = z.union([
  z.object({ staffId: z.uuid(), courseId: z.uuid() }),
  z.object({ staffId: z.undefined().optional(), courseId: z.undefined().optional() }),
]);

export async function sendRemindersAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("reminders:send");
  if (denied) return denied;
  const parsed = parseForm(reminderSchema, formData);
  if (parsed.state) return INVALID_INPUT;
  const today = todayIn(await getTimeZone());
  const only = parsed.data.staffId && parsed.data.courseId ? [{ staffId: parsed.data.staffId, courseId: parsed.data.courseId }] : undefined;
  // The scope is the signed-in user's: a manager's list, and so their reminders, cover their team only.
  const result = await attemptWrite("training_reminder.send", () => sendReminders(actorOf(user), { scope: user, today, only }));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  const sender = smtpSender();
  // Already committed and queued: a mail server that fails now leaves the messages for a later try.
  if (sender && result.value.outboxIds.length) await attemptWrite("outbox.deliver", () => deliverOutbox({ send: sender, ids: result.value.outboxIds }));
  revalidatePath("/training");
  revalidatePath("/outbox");
  return { ok: true, message: reminderResultMessage({ sent: result.value.sent, skipped: result.value.skipped, queuedOnly: !sender }) };
}
