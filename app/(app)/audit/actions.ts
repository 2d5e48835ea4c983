"use server";

import { z } from "zod";
import { verifyAuditChain } from "@/db/queries/audit";
import { authorizeAction } from "@/lib/auth/guards";
import { parseForm, type ActionState } from "@/lib/forms";

// The form carries nothing: this only checks that it is a form post and not something else.
const verifySchema = z.object({});

/** Recomputes every entry's hash. A read: it writes nothing, so a viewer may run it too. */
export async function verifyChainAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const guard = await authorizeAction("audit:read");
  if (guard.denied) return guard.denied;
  const parsed = parseForm(verifySchema, formData);
  if (parsed.state) return parsed.state;
  try {
    const result = await verifyAuditChain();
    if (!result.ok) {
      return { ok: false, message: `Chain broken at entry #${result.firstBrokenId}: ${result.reason}.` };
    }
    const count = result.checked.toLocaleString("en-GB");
    const noun = result.checked === 1 ? "entry" : "entries";
    return { ok: true, message: `Chain intact: ${count} ${noun} checked. Latest hash ${result.headHash.slice(0, 16)}…` };
  } catch (error) {
    // The class only, as lib/server-errors does: a driver's message can quote row values.
    console.error(`[audit verify failed] ${error instanceof Error ? error.name : "unknown"}`);
    return { ok: false, message: "The chain could not be checked just now. Try again." };
  }
}
