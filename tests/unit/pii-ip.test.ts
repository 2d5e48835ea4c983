import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectPersonalData } from "@/lib/pii";

function ips(text: string): Array<[string | null, string]> {
  return detectPersonalData(text)
    .filter((m) => m.type === "ip")
    .map((m) => [m.subtype, text.slice(m.start, m.end)]);
}

describe("IP addresses", () => {
  const found: Array<[string, Array<[string, string]>]> = [
    ["It worked from IP 85.228.10.4 yesterday", [["ipv4", "85.228.10.4"]]],
    ["min ip är 193.10.250.7.", [["ipv4", "193.10.250.7"]]],
    ["router 192.168.1.20 and server 203.0.113.9", [["ipv4", "192.168.1.20"], ["ipv4", "203.0.113.9"]]],
    ["(8.8.8.8)", [["ipv4", "8.8.8.8"]]],
    ["ipv6 2001:db8:85a3::8a2e:370:7334 blocked", [["ipv6", "2001:db8:85a3::8a2e:370:7334"]]],
    ["full form 2001:0db8:0000:0000:0000:ff00:0042:8329", [["ipv6", "2001:0db8:0000:0000:0000:ff00:0042:8329"]]],
    ["short 2001:db8::1, ok", [["ipv6", "2001:db8::1"]]],
    ["link-local fe80::1ff:fe23:4567:890a", [["ipv6", "fe80::1ff:fe23:4567:890a"]]],
    ["mapped ::ffff:192.0.2.1", [["ipv6", "::ffff:192.0.2.1"]]],
  ];
  for (const [text, expected] of found) {
    it(`finds ${expected.map((e) => e[1]).join(", ")}`, () => assert.deepEqual(ips(text), expected));
  }

  const notFound: Array<[string, string]> = [
    // Decided: four dotted numbers right after "version"/"build" are a version number, not an address.
    ["version number", "Please update to version 10.0.0.1"],
    ["version in Swedish", "Appen i versionen 4.2.0.1 kraschar"],
    ["v-prefixed version", "v1.2.3.4 is out"],
    ["octet out of range", "999.10.10.10"],
    ["five parts", "1.2.3.4.5"],
    ["date with dots", "12.03.2024"],
    ["loopback", "127.0.0.1"],
    ["unspecified", "0.0.0.0"],
    ["broadcast", "255.255.255.255"],
    ["glued to letters", "abc85.228.10.4"],
    ["time of day", "kl 12:30:45"],
    ["MAC address", "00:1A:2B:3C:4D:5E"],
    ["ratio", "score 3:1"],
    ["too short to tell from a time", "12::30"],
    ["IPv6 loopback", "::1"],
    ["nine groups", "1:2:3:4:5:6:7:8:9"],
    ["two double colons", "2001::db8::1"],
  ];
  for (const [why, text] of notFound) {
    it(`finds nothing: ${why}`, () => assert.deepEqual(ips(text), []));
  }

  it("is less sure about private addresses than public ones", () => {
    const [lan] = detectPersonalData("192.168.1.20");
    const [wan] = detectPersonalData("85.228.10.4");
    assert.ok(lan && wan && lan.confidence < wan.confidence);
  });
});
