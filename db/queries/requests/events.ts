import { asc, eq } from "drizzle-orm";
import { getDb, type Tx } from "@/db";
import { requestEvents, users, type RequestEvent } from "@/db/schema";
import type { Actor } from "@/db/queries/audit";

export type RequestEventType = RequestEvent["type"];

/** Who acted, as the timeline records it; `requester` is the person themselves (the public form). */
export type EventOrigin = "user" | "api" | "system" | "requester";

export function originOf(actor: Actor): EventOrigin {
  return actor.type;
}

/** One entry on a request's timeline, in the caller's transaction. */
export async function addRequestEvent(
  tx: Tx,
  requestId: string,
  actor: Actor | "requester",
  type: RequestEventType,
  text = "",
  extra: { at?: Date; outboxId?: number | null } = {},
) {
  await tx.insert(requestEvents).values({
    requestId,
    type,
    text,
    at: extra.at ?? new Date(),
    by: actor !== "requester" && actor.type === "user" ? actor.id : null,
    origin: actor === "requester" ? "requester" : originOf(actor),
    outboxId: extra.outboxId ?? null,
  });
}

export async function listRequestEvents(requestId: string) {
  return getDb()
    .select({ id: requestEvents.id, type: requestEvents.type, at: requestEvents.at, origin: requestEvents.origin, text: requestEvents.text, byName: users.name, outboxId: requestEvents.outboxId })
    .from(requestEvents)
    .leftJoin(users, eq(users.id, requestEvents.by))
    .where(eq(requestEvents.requestId, requestId))
    .orderBy(asc(requestEvents.at), asc(requestEvents.id));
}

export type RequestEventRow = Awaited<ReturnType<typeof listRequestEvents>>[number];
