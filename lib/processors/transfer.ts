import { isEeaCountry } from "@/lib/inventory/rules";
import type { ProcessorMechanism } from "./labels";

// One EEA list for the whole app (lib/inventory/rules): EU member states plus Iceland, Liechtenstein, Norway.
export { isEeaCountry };

export interface TransferFacts {
  country: string;
  transferMechanism: ProcessorMechanism | null;
}

/** Outside the EEA with no mechanism decided: a Chapter V transfer without a legal ground. */
export function transferGap(f: TransferFacts): boolean {
  return !isEeaCountry(f.country) && (f.transferMechanism === null || f.transferMechanism === "none_needed");
}

/** The mechanism a form's answer stands for: inside the EEA none is needed, so an empty answer means that. */
export function normaliseMechanism(country: string, mechanism: ProcessorMechanism | null): ProcessorMechanism | null {
  return mechanism === null && isEeaCountry(country) ? "none_needed" : mechanism;
}

/** What Chapter V asks of the mechanism named for a processor or sub-processor, as field → problem. */
export function mechanismProblems(f: TransferFacts): Record<string, string> {
  const p: Record<string, string> = {};
  const eea = isEeaCountry(f.country);
  if (eea && f.transferMechanism !== null && f.transferMechanism !== "none_needed") {
    p.transferMechanism = "This country is in the EEA: no transfer mechanism is needed. Choose “None needed”.";
  }
  if (!eea && f.transferMechanism === "none_needed") {
    p.transferMechanism = "This country is outside the EEA: choose the mechanism the transfer relies on, or leave it undecided (it then shows as a gap).";
  }
  return p;
}

export interface ProcessorTransferFacts extends TransferFacts {
  tiaDate: string | null;
  derogation: string;
}

/** The processor's own transfer: SCCs need a transfer impact assessment, a derogation must be named. */
export function processorTransferProblems(f: ProcessorTransferFacts, today: string): Record<string, string> {
  const p = mechanismProblems(f);
  if (f.transferMechanism === "scc" && !f.tiaDate) p.tiaDate = "Standard contractual clauses need a transfer impact assessment: give the date it was made.";
  if (f.tiaDate && f.tiaDate > today) p.tiaDate = "The assessment date cannot be in the future.";
  if (f.transferMechanism === "derogation" && !f.derogation.trim()) {
    p.derogation = "Name the Art. 49(1) derogation relied on (e.g. explicit consent, performance of a contract).";
  }
  return p;
}
