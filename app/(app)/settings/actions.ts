"use server";

import { revalidatePath } from "next/cache";
import { updateOrganisation } from "@/db/queries/organisation";
import { actorOf, authorizeAction } from "@/lib/auth/guards";
import { parseForm, type ActionState } from "@/lib/forms";
import { organisationSchema } from "@/lib/organisation/schema";
import { attemptWrite, WRITE_FAILED_MESSAGE } from "@/lib/server-errors";

export async function updateOrganisationAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const guard = await authorizeAction("organisation:write");
  if (guard.denied) return guard.denied;
  const parsed = parseForm(organisationSchema, formData);
  if (parsed.state) return parsed.state;
  const result = await attemptWrite("organisation.update", () => updateOrganisation(actorOf(guard.user), parsed.data));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  const { changed } = result.value;
  // The organisation's name and time zone appear across the app, not only here.
  revalidatePath("/", "layout");
  return { ok: true, message: changed.length > 0 ? "Organisation settings saved." : "Nothing had changed." };
}
