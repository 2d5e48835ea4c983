"use server";

import { revalidatePath } from "next/cache";
import { updateOrganisation } from "@/db/queries/organisation";
import { actorOf, authorizeAction } from "@/lib/auth/guards";
import { parseForm, type ActionState } from "@/lib/forms";
import { organisationSchema } from "@/lib/organisation/schema";

export async function updateOrganisationAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const guard = await authorizeAction("organisation:write");
  if (guard.denied) return guard.denied;
  const parsed = parseForm(organisationSchema, formData);
  if (parsed.state) return parsed.state;
  let changed: string[];
  try {
    ({ changed } = await updateOrganisation(actorOf(guard.user), parsed.data));
  } catch (error) {
    // Drizzle's message carries the query's values (names, addresses): log only what kind of failure it was.
    console.error(`[settings] saving the organisation failed: ${failureKind(error)}`);
    return { ok: false, message: "The settings could not be saved. Try again in a moment." };
  }
  // The organisation's name and time zone appear across the app, not only here.
  revalidatePath("/", "layout");
  return { ok: true, message: changed.length > 0 ? "Organisation settings saved." : "Nothing had changed." };
}

function failureKind(error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined;
  const code = cause && typeof cause === "object" && "code" in cause ? ` ${String(cause.code)}` : "";
  return `${error instanceof Error ? error.name : "unknown"}${code}`;
}
