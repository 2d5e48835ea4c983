import type { PiiMatch } from "../types";
import { detectDanishIds } from "./dk";
import { detectGermanTaxIds } from "./de";
import { detectFinnishIds } from "./fi";
import { detectNorwegianIds } from "./no";
import { detectSwedishIds } from "./se";
import { detectUkNinos } from "./uk";

// Order matters only for ties: when two formats read the same digits equally well, the earlier one is kept.
export function detectNationalIds(text: string, out: PiiMatch[]): void {
  detectSwedishIds(text, out);
  detectFinnishIds(text, out);
  detectNorwegianIds(text, out);
  detectDanishIds(text, out);
  detectGermanTaxIds(text, out);
  detectUkNinos(text, out);
}
