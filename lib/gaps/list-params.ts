import { first, type SearchParams } from "@/lib/search-params";
import { GAP_KINDS, type GapKind } from "./types";

const isKind = (v: unknown): v is GapKind => typeof v === "string" && (GAP_KINDS as readonly string[]).includes(v);

/** The /gaps filter from the URL: `?kind=` one of the kinds; anything else shows every gap. */
export function parseGapParams(raw: SearchParams): { kind: GapKind | undefined } {
  const value = first(raw.kind);
  return { kind: isKind(value) ? value : undefined };
}

export function gapsHref(kind: GapKind | undefined): string {
  return kind ? `/gaps?kind=${kind}` : "/gaps";
}
