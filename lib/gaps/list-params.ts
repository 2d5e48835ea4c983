import { GAP_KINDS, type GapKind } from "./types";

type RawParams = Record<string, string | string[] | undefined>;

const isKind = (v: unknown): v is GapKind => typeof v === "string" && (GAP_KINDS as readonly string[]).includes(v);

/** The /gaps filter from the URL: `?kind=` one of the kinds; anything else shows every gap. */
export function parseGapParams(raw: RawParams): { kind: GapKind | undefined } {
  const value = Array.isArray(raw.kind) ? raw.kind[0] : raw.kind;
  return { kind: isKind(value) ? value : undefined };
}

export function gapsHref(kind: GapKind | undefined): string {
  return kind ? `/gaps?kind=${kind}` : "/gaps";
}
