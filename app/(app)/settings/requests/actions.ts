"use server";

import { revalidatePath } from "next/cache";
import { addHoliday, addSwedishHolidays, removeHoliday, updateRequestSettings, type HolidayChange } from "@/db/queries/requests";
import { refusalState } from "@/lib/outcome";
import { actorOf, authorizeAction } from "@/lib/auth/guards";
import { INVALID_INPUT, parseForm, type ActionState } from "@/lib/forms";
import { holidayIdSchema, holidaySchema, holidayYearSchema, requestSettingsSchema } from "@/lib/requests/settings-schema";
import { attemptWrite, WRITE_FAILED_MESSAGE } from "@/lib/server-errors";

function refresh() {
  revalidatePath("/settings/requests");
  revalidatePath("/requests", "layout");
}

function holidayState(result: { ok: true; value: HolidayChange } | { ok: false }, done: string, values?: Record<string, string>): ActionState {
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  if (!result.value.ok) return refusalState(result.value, values);
  refresh();
  const moved = result.value.moved;
  return { ok: true, message: `${done}${moved ? ` The due date of ${moved} open ${moved === 1 ? "request" : "requests"} moved.` : ""}` };
}

export async function updateRequestSettingsAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("requests:write");
  if (denied) return denied;
  const parsed = parseForm(requestSettingsSchema, formData);
  if (parsed.state) return parsed.state;
  const result = await attemptWrite("request_settings.update", () => updateRequestSettings(actorOf(user), parsed.data));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  refresh();
  return { ok: true, message: result.value.changed.length ? "Request settings saved." : "Nothing had changed." };
}

export async function addHolidayAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("requests:write");
  if (denied) return denied;
  const parsed = parseForm(holidaySchema, formData);
  if (parsed.state) return parsed.state;
  const { date, name } = parsed.data;
  return holidayState(await attemptWrite("holiday.add", () => addHoliday(actorOf(user), parsed.data)), "Holiday added.", { date, name });
}

export async function removeHolidayAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("requests:write");
  if (denied) return denied;
  const parsed = parseForm(holidayIdSchema, formData);
  if (parsed.state) return INVALID_INPUT;
  return holidayState(await attemptWrite("holiday.remove", () => removeHoliday(actorOf(user), parsed.data.id)), "Holiday removed.");
}

export async function addSwedishYearAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("requests:write");
  if (denied) return denied;
  const parsed = parseForm(holidayYearSchema, formData);
  if (parsed.state) return parsed.state;
  const result = await attemptWrite("holiday.add_year", () => addSwedishHolidays(actorOf(user), parsed.data.year));
  return holidayState(result, result.ok && result.value.ok ? `${result.value.added} Swedish holidays added for ${parsed.data.year}.` : "");
}
