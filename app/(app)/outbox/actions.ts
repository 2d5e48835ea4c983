"use server";

import { revalidatePath } from "next/cache";
import { deliverOutboxAudited } from "@/db/queries/outbox";
import { actorOf, authorizeAction } from "@/lib/auth/guards";
import type { ActionState } from "@/lib/forms";
import { smtpSender } from "@/lib/mail/send";
import { attemptWrite, WRITE_FAILED_MESSAGE } from "@/lib/server-errors";

export async function sendQueuedAction(): Promise<ActionState> {
  // Sending is the DPO's: the viewer (an auditor) reads the outbox but changes nothing.
  const { user, denied } = await authorizeAction("outbox:send");
  if (denied) return denied;
  const sender = smtpSender();
  if (!sender) return { ok: false, message: "No mail server is configured (SMTP_URL), so nothing can be sent. The messages stay queued." };
  const result = await attemptWrite("outbox.deliver", () => deliverOutboxAudited(actorOf(user), sender));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  revalidatePath("/outbox");
  const { sent, failed } = result.value;
  if (sent + failed === 0) return { ok: true, message: "Nothing was waiting to be sent." };
  return { ok: failed === 0, message: `Sent ${sent}, failed ${failed}.${failed ? " Failed messages keep their reason and can be tried again." : ""}` };
}
