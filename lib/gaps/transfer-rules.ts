import { transferGap } from "@/lib/processors/transfer";
import { country, quoted } from "./text";
import type { Gap, GapActivity, GapProcessor } from "./types";

// Chapter V: every flow of personal data out of the EEA needs a mechanism that makes it lawful.

/** Transfers recorded on an activity with the mechanism "none". */
export function activityTransferGaps(a: GapActivity): Gap[] {
  if (a.archived) return [];
  return a.transfers
    .filter((t) => t.mechanism === "none")
    .map((t) => ({
      key: `transfer_mechanism:transfer:${t.id}`,
      kind: "transfer_mechanism" as const,
      severity: "high" as const,
      subject: { type: "activity" as const, id: a.id, name: a.name },
      message: `${quoted(a.name)} transfers data to ${t.recipient} in ${country(t.country)} with no transfer mechanism recorded.`,
      // Transfers are added and removed on the activity's page.
      fixUrl: `/inventory/${a.id}`,
      fixLabel: `Record the mechanism of the transfer to ${t.recipient}`,
      fixPermission: "inventory:write" as const,
      viewUrl: `/inventory/${a.id}`,
    }));
}

/**
 * A processor, or one of its sub-processors, outside the EEA with no mechanism (or "none needed", which
 * holds only inside it); and standard contractual clauses with no transfer impact assessment on record.
 */
export function processorTransferGaps(p: GapProcessor): Gap[] {
  if (p.archived) return [];
  const subject = { type: "processor" as const, id: p.id, name: p.name };
  const page = `/processors/${p.id}`;
  const gaps: Gap[] = [];
  if (transferGap(p)) {
    gaps.push({
      key: `transfer_mechanism:processor:${p.id}`,
      kind: "transfer_mechanism",
      severity: "high",
      subject,
      message: `${quoted(p.name)} is in ${country(p.country)}, outside the EEA, and no transfer mechanism is recorded for the data it receives.`,
      fixUrl: `${page}/edit`,
      fixLabel: `Record the transfer mechanism for ${p.name}`,
      fixPermission: "processors:write",
      viewUrl: page,
    });
  } else if (p.transferMechanism === "scc" && !p.tiaDate) {
    gaps.push({
      key: `transfer_mechanism:tia:${p.id}`,
      kind: "transfer_mechanism",
      severity: "medium",
      subject,
      message: `The transfer to ${quoted(p.name)} relies on standard contractual clauses, but no transfer impact assessment is recorded.`,
      fixUrl: `${page}/edit`,
      fixLabel: `Record the transfer impact assessment for ${p.name}`,
      fixPermission: "processors:write",
      viewUrl: page,
    });
  }
  for (const s of p.subProcessors) {
    if (!transferGap(s)) continue;
    gaps.push({
      key: `transfer_mechanism:sub_processor:${s.id}`,
      kind: "transfer_mechanism",
      severity: "high",
      subject,
      message: `${quoted(s.name)}, a sub-processor of ${quoted(p.name)}, is in ${country(s.country)}, outside the EEA, and no transfer mechanism is recorded for it.`,
      fixUrl: `${page}#sub-processors-title`,
      fixLabel: `Record the transfer mechanism for sub-processor ${s.name}`,
      fixPermission: "processors:write",
      viewUrl: `${page}#sub-processors-title`,
    });
  }
  return gaps;
}
