import type { Role } from "./roles";

// The one permission table. Guards on the server and the UI both read it:
// the UI hides what a role cannot do, the server refuses it.
const ALL: readonly Role[] = ["dpo", "legal", "manager", "viewer"];

export const PERMISSIONS = {
  "overview:read": ALL,
  "breaches:read": ALL,
  "breaches:write": ["dpo"],
  "audit:read": ["dpo", "viewer"],
  "organisation:read": ["dpo"],
  "organisation:write": ["dpo"],
  "users:read": ["dpo"],
  "users:write": ["dpo"],
  "account:write": ALL,
  // Training: managers see and act on their own team only; the queries enforce the scope.
  "training:read": ALL,
  "courses:write": ["dpo"],
  "staff:write": ["dpo"],
  "completions:write": ["dpo", "manager"],
  "reminders:send": ["dpo", "manager"],
  "outbox:read": ["dpo", "viewer"],
  "outbox:send": ["dpo"],
  // The record of processing and the security measures: the DPO keeps them, everyone reads.
  "inventory:read": ALL,
  "inventory:write": ["dpo"],
  "measures:read": ALL,
  "measures:write": ["dpo"],
  // The privacy notice is generated from the record (inventory:read shows it); the DPO edits and publishes it.
  "notice:write": ["dpo"],
  // Processors and their agreements: legal and the DPO write, everyone reads; legal's review decides "signed".
  "processors:read": ALL,
  "processors:write": ["dpo", "legal"],
  "reviews:write": ["legal", "dpo"],
  // Going without a mandatory Art. 28(3) term is a compliance risk, not a legal drafting point: legal records
  // that the vendor refused it, the DPO (who answers for the record's compliance) accepts the risk or not.
  "risks:accept": ["dpo"],
  // Chat data is the public's personal data: managers (who only need training) do not read transcripts.
  "chats:read": ["dpo", "legal", "viewer"],
  "chats:import": ["dpo"],
  "sources:write": ["dpo"],
  "findings:write": ["dpo"],
  // Confirming a typed identifier as a person's own links and may merge people: the DPO's call alone.
  "subjects:write": ["dpo"],
  // A legal hold is a lawyer's call as often as the DPO's.
  "holds:write": ["dpo", "legal"],
  "retention:read": ["dpo", "legal", "viewer"],
  "retention:write": ["dpo"],
  "apikeys:read": ["dpo"],
  "apikeys:write": ["dpo"],
  // Requests from data subjects: legal and the viewer follow the queue, the DPO works it.
  "requests:read": ["dpo", "legal", "viewer"],
  "requests:write": ["dpo"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role | null | undefined, permission: Permission): boolean {
  // Own keys only: a name like "toString" is not a permission, and must not throw either.
  if (!role || !Object.hasOwn(PERMISSIONS, permission)) return false;
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
