import type { PiiMatch } from "../types";
import { isValidDate } from "../checksums";
import { NOT_AFTER, pushId, twoDigits } from "./shared";

// Finnish henkilötunnus: DDMMYY, a century sign, a three-digit individual number and a mod-31 check character.
const PATTERN = new RegExp(`${NOT_AFTER}(\\d{6})([-+A-FYXWVU])(\\d{3})([0-9A-Y])(?![0-9A-Za-z\\u00C0-\\u024F])`, "gi");
const CHECK_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY";

function century(sign: string): number {
  if (sign === "+") return 1800;
  if ("ABCDEF".includes(sign)) return 2000;
  return 1900; // "-" and, since 2023, Y X W V U
}

export function finnishIdValid(date: string, sign: string, serial: string, check: string): boolean {
  const individual = Number(serial);
  if (individual < 2) return false;
  if (CHECK_CHARS[Number(date + serial) % 31] !== check) return false;
  const year = century(sign) + twoDigits(date, 4);
  return isValidDate(year, twoDigits(date, 2), twoDigits(date, 0));
}

export function detectFinnishIds(text: string, out: PiiMatch[]): void {
  PATTERN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PATTERN.exec(text)) !== null) {
    const sign = (m[2] ?? "").toUpperCase();
    const check = (m[4] ?? "").toUpperCase();
    if (!finnishIdValid(m[1] ?? "", sign, m[3] ?? "", check)) continue;
    // Written in lower case it is less likely to be a copied identity number.
    const confidence = m[0] === m[0].toUpperCase() ? 0.95 : 0.8;
    pushId(text, out, "fi_hetu", m.index, m.index + m[0].length, confidence);
  }
}
