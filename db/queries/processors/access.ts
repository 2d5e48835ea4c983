import { can, type Permission } from "@/lib/auth/permissions";
import type { Role } from "@/lib/auth/roles";
import type { Actor } from "@/db/queries/audit";

/** Who is writing. The actions check the permission first; the queries check it again, so no caller can skip it. */
export interface ProcessorWriter {
  id: string;
  role: Role;
}

export const actorFor = (user: ProcessorWriter): Actor => ({ type: "user", id: user.id });

export const permitted = (user: ProcessorWriter, permission: Permission) => can(user.role, permission);

export const PROCESSOR_ENTITY = "processor";

/** Every write answers with one of these; `problem` carries a sentence for the person when the rule is domain-specific. */
export type Refusal =
  | { ok: false; reason: "forbidden" }
  | { ok: false; reason: "not_found" }
  | { ok: false; reason: "name_taken" }
  | { ok: false; reason: "stale_choice"; field: string }
  | { ok: false; reason: "conflict"; field?: string; problem: string };

export const FORBIDDEN = { ok: false, reason: "forbidden" } as const;
export const NOT_FOUND = { ok: false, reason: "not_found" } as const;
