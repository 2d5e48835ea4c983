import type { Permission } from "@/lib/auth/permissions";

// The sidebar's entries; each shows only to roles holding its permission.
export const NAV_ITEMS: Array<{ href: string; label: string; permission: Permission }> = [
  { href: "/", label: "Overview", permission: "overview:read" },
  { href: "/breaches", label: "Breaches", permission: "breaches:read" },
  { href: "/chats", label: "Conversations", permission: "chats:read" },
  { href: "/findings", label: "Findings", permission: "chats:read" },
  { href: "/requests", label: "Requests", permission: "requests:read" },
  { href: "/subjects", label: "Data subjects", permission: "chats:read" },
  { href: "/inventory", label: "Record of processing", permission: "inventory:read" },
  { href: "/gaps", label: "Gaps", permission: "inventory:read" },
  { href: "/processors", label: "Processors", permission: "processors:read" },
  { href: "/processors/queue", label: "Legal queue", permission: "processors:read" },
  { href: "/measures", label: "Security measures", permission: "measures:read" },
  { href: "/notice", label: "Privacy notice", permission: "inventory:read" },
  { href: "/training", label: "Training", permission: "training:read" },
  { href: "/staff", label: "Staff", permission: "training:read" },
  { href: "/audit", label: "Audit log", permission: "audit:read" },
  { href: "/outbox", label: "Outbox", permission: "outbox:read" },
  { href: "/settings", label: "Settings", permission: "organisation:read" },
];
