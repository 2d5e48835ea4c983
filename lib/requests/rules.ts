import { isClosedStatus, type RequestStatus } from "./labels";

/**
 * The queue's path: received → verifying identity → in progress → completed, or rejected from any open
 * state. Identity may be settled at once (received → in progress) when there is no reasonable doubt
 * (Art. 12(6) allows asking for more only then). Completed and rejected requests are closed.
 */
export const TRANSITIONS: Record<RequestStatus, readonly RequestStatus[]> = {
  received: ["verifying_identity", "in_progress", "rejected"],
  verifying_identity: ["in_progress", "rejected"],
  in_progress: ["completed", "rejected"],
  completed: [],
  rejected: [],
};

export function canTransition(from: RequestStatus, to: RequestStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Why a status change is refused, or null when it may happen. */
export function transitionProblem(from: RequestStatus, to: RequestStatus, p: { identityVerified: boolean }): string | null {
  if (isClosedStatus(from)) return "This request is closed; its status can no longer change.";
  if (from === to) return null;
  if (!canTransition(from, to)) return `A request cannot go from ${from.replace("_", " ")} to ${to.replace("_", " ")}.`;
  // Leaving the identity check for the work itself needs the check recorded: that is what the state waits for.
  if (from === "verifying_identity" && to === "in_progress" && !p.identityVerified) {
    return "Record how the person's identity was verified before starting the work.";
  }
  return null;
}
