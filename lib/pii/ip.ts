import type { PiiMatch } from "./types";

const OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
// Not glued to letters, digits or dots on either side; a full stop ending the sentence is fine.
const IPV4 = new RegExp(`(?<![0-9A-Za-z_.])${OCTET}(?:\\.${OCTET}){3}(?![0-9A-Za-z_]|\\.\\d)`, "g");
// Four dotted numbers after "version", "build" or "firmware" are a version, not an address ("version 10.0.0.1").
const VERSION_BEFORE = /(?:\bversion|\bver\.?|\bv\.?|\bbuild|\brelease|\bfirmware|\bupdate|\bapp|\bversionen?|\buppdatering(?:en)?)\s*$/i;
const IPV6 = /(?<![0-9A-Za-z_:.])(?:[0-9A-Fa-f]{1,4}|:)(?::[0-9A-Fa-f]{0,4}){1,7}(?:\.\d{1,3}){0,3}(?![0-9A-Za-z_:])/g;

// Addresses that point inside one network: still personal data in the wrong hands, but less identifying.
function ipv4Confidence(a: number, b: number): number {
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254)) return 0.6;
  if (a === 100 && b >= 64 && b <= 127) return 0.6;
  return 0.85;
}

export function detectIpAddresses(text: string, out: PiiMatch[]): void {
  if (text.indexOf(".") !== -1) detectIpv4(text, out);
  if (text.indexOf(":") !== -1) detectIpv6(text, out);
}

function detectIpv4(text: string, out: PiiMatch[]): void {
  IPV4.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = IPV4.exec(text)) !== null) {
    const parts = m[0].split(".").map(Number);
    const a = parts[0] ?? 0;
    const b = parts[1] ?? 0;
    // Unspecified, loopback, multicast, reserved and broadcast addresses identify nobody.
    if (a === 0 || a === 127 || a >= 224) continue;
    if (VERSION_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    out.push({ type: "ip", subtype: "ipv4", start: m.index, end: m.index + m[0].length, confidence: ipv4Confidence(a, b) });
  }
}

function detectIpv6(text: string, out: PiiMatch[]): void {
  IPV6.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = IPV6.exec(text)) !== null) {
    const confidence = ipv6Confidence(m[0]);
    if (confidence > 0) out.push({ type: "ip", subtype: "ipv6", start: m.index, end: m.index + m[0].length, confidence });
  }
}

const HEX_GROUP = /^[0-9A-Fa-f]{1,4}$/;

// Parses an IPv6 address (RFC 4291 text forms, with an optional embedded IPv4 tail); returns 0 when it is not one
// or when it is too short to tell from a time or a ratio ("12:30:45", "1::2").
export function ipv6Confidence(candidate: string): number {
  let address = candidate;
  let extraGroups = 0;
  const lastColon = address.lastIndexOf(":");
  if (address.indexOf(".") !== -1) {
    const tail = address.slice(lastColon + 1);
    if (!new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`).test(tail)) return 0;
    address = address.slice(0, lastColon + 1) + "0";
    extraGroups = 1;
  }
  const halves = address.split("::");
  if (halves.length > 2) return 0;
  const groups: string[] = [];
  for (const half of halves) {
    if (half === "") continue;
    for (const group of half.split(":")) {
      if (!HEX_GROUP.test(group)) return 0;
      groups.push(group);
    }
  }
  const total = groups.length + extraGroups;
  if (halves.length === 1 ? total !== 8 : total > 7) return 0;
  if (halves.length === 2) {
    const meaningful = groups.some((g) => g.length >= 3 || /[A-Fa-f]/.test(g));
    if (groups.length < 2 || !meaningful) return 0;
  }
  const first = parseInt(groups[0] ?? "0", 16);
  if (halves.length === 2 && halves[0] === "") {
    // "::1" and other addresses starting with "::" are loopback or IPv4-mapped; only the mapped ones carry an address.
    if (extraGroups === 0) return 0;
    return 0.85;
  }
  if ((first & 0xffc0) === 0xfe80 || (first & 0xfe00) === 0xfc00) return 0.6;
  if ((first & 0xff00) === 0xff00) return 0;
  return 0.85;
}
