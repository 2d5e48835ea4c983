import type { NavCounts } from "@/db/queries/navigation";
import { can, type Permission } from "@/lib/auth/permissions";
import type { Role } from "@/lib/auth/roles";

export interface NavItem {
  href: string;
  label: string;
  /** The permission the page itself checks: an entry never leads to a 403. */
  permission: Permission;
  /** The work count shown on the entry, and how its badge reads aloud. */
  badge?: { count: keyof NavCounts; describe: (n: number) => string };
}

export interface NavGroup {
  /** No label for the first group: the overview stands on its own. */
  label: string | null;
  items: NavItem[];
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

// Grouped the way a DPO's work falls apart: what happened and who asked, what the chats hold, the records
// an authority asks for, the processors and their agreements, the staff, and running the tool itself.
export const NAV_GROUPS: NavGroup[] = [
  { label: null, items: [{ href: "/", label: "Overview", permission: "overview:read" }] },
  {
    label: "Incidents and rights",
    items: [
      {
        href: "/breaches",
        label: "Breaches",
        permission: "breaches:read",
        badge: { count: "breachesClockRunning", describe: (n) => `${plural(n, "breach", "breaches")} with the 72-hour clock running` },
      },
      {
        href: "/requests",
        label: "Requests",
        permission: "requests:read",
        badge: { count: "requestsDue", describe: (n) => `${plural(n, "request", "requests")} due` },
      },
      { href: "/requests/suggestions", label: "Suggested from chat", permission: "requests:read" },
    ],
  },
  {
    label: "Chat data",
    items: [
      { href: "/chats", label: "Conversations", permission: "chats:read" },
      {
        href: "/findings",
        label: "Findings",
        permission: "chats:read",
        badge: { count: "findingsToReview", describe: (n) => `${plural(n, "finding", "findings")} to review` },
      },
      { href: "/subjects", label: "Data subjects", permission: "chats:read" },
      { href: "/retention", label: "Retention", permission: "retention:read" },
    ],
  },
  {
    label: "Records",
    items: [
      { href: "/inventory", label: "Record of processing", permission: "inventory:read" },
      { href: "/gaps", label: "Gaps", permission: "inventory:read" },
      { href: "/measures", label: "Security measures", permission: "measures:read" },
      { href: "/notice", label: "Privacy notice", permission: "inventory:read" },
    ],
  },
  {
    label: "Processors",
    items: [
      { href: "/processors", label: "Processors", permission: "processors:read" },
      {
        href: "/processors/queue",
        label: "Legal queue",
        permission: "processors:read",
        badge: { count: "legalQueue", describe: (n) => `${plural(n, "item", "items")} waiting for legal` },
      },
    ],
  },
  {
    label: "People",
    items: [
      { href: "/training", label: "Training", permission: "training:read" },
      { href: "/staff", label: "Staff", permission: "training:read" },
    ],
  },
  {
    label: "Admin",
    items: [
      { href: "/audit", label: "Audit log", permission: "audit:read" },
      { href: "/outbox", label: "Outbox", permission: "outbox:read" },
      { href: "/settings", label: "Settings", permission: "organisation:read" },
    ],
  },
];

/** The groups as one role sees them: entries it may open, groups left with none dropped. */
export function navGroupsFor(role: Role): NavGroup[] {
  return NAV_GROUPS.map((g) => ({ ...g, items: g.items.filter((i) => can(role, i.permission)) })).filter((g) => g.items.length > 0);
}
