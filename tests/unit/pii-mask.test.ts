import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectPersonalData, maskText, PII_MASK_PLACEHOLDERS, PII_SUBTYPE_LABELS, PII_TYPE_LABELS, PII_TYPES, piiMatchLabel, shiftOffset } from "@/lib/pii";

describe("maskText", () => {
  it("replaces several spans and reports how later offsets move", () => {
    const text = "Card 4111 1111 1111 1111, mail a@b.se, ring 070-123 45 67.";
    const spans = [
      { start: 44, end: 57, placeholder: "[phone number]" },
      { start: 5, end: 24, placeholder: "[card number]" },
      { start: 31, end: 37, placeholder: "[email]" },
    ];
    assert.equal(text.slice(5, 24), "4111 1111 1111 1111");
    assert.equal(text.slice(31, 37), "a@b.se");
    assert.equal(text.slice(44, 57), "070-123 45 67");
    const result = maskText(text, spans);
    assert.equal(result.text, "Card [card number], mail [email], ring [phone number].");
    assert.deepEqual(result.shifts, [
      { at: 24, delta: 13 - 19 },
      { at: 37, delta: 7 - 6 },
      { at: 57, delta: 14 - 13 },
    ]);
  });

  it("moves the offsets of findings that stay, so they still point at the same text", () => {
    const text = "Mail anna@example.se, card 4111 1111 1111 1111, IBAN GB82 WEST 1234 5698 7654 32.";
    const found = detectPersonalData(text);
    assert.deepEqual(found.map((m) => m.type), ["email", "card", "iban"]);
    const [email, card, iban] = found;
    assert.ok(email && card && iban);
    const { text: masked, shifts } = maskText(text, [{ start: email.start, end: email.end, placeholder: PII_MASK_PLACEHOLDERS.email }]);
    const ibanStart = shiftOffset(iban.start, shifts);
    const ibanEnd = shiftOffset(iban.end, shifts);
    assert.equal(masked.slice(ibanStart, ibanEnd), "GB82 WEST 1234 5698 7654 32");
    assert.equal(masked.slice(shiftOffset(card.start, shifts), shiftOffset(card.end, shifts)), "4111 1111 1111 1111");
    // Offsets before the masked span do not move.
    assert.equal(shiftOffset(2, shifts), 2);
  });

  it("handles spans at the very start and end, adjacent spans, and no spans", () => {
    assert.deepEqual(maskText("abc", []), { text: "abc", shifts: [] });
    const r = maskText("0123456789", [
      { start: 0, end: 3, placeholder: "[x]" },
      { start: 3, end: 5, placeholder: "[yy]" },
      { start: 8, end: 10, placeholder: "" },
    ]);
    assert.equal(r.text, "[x][yy]567");
    assert.deepEqual(r.shifts, [{ at: 5, delta: 2 }, { at: 10, delta: -2 }]);
  });

  it("counts UTF-16 units, like the detector's offsets", () => {
    const text = "😀 mail é@x.se ok";
    const [email] = detectPersonalData(text);
    assert.ok(email);
    const { text: masked } = maskText(text, [{ start: email.start, end: email.end, placeholder: "[email]" }]);
    assert.equal(masked, "😀 mail [email] ok");
  });

  it("refuses overlapping and out-of-range spans instead of guessing", () => {
    assert.throws(() => maskText("0123456789", [{ start: 2, end: 6, placeholder: "a" }, { start: 5, end: 8, placeholder: "b" }]), RangeError);
    assert.throws(() => maskText("0123", [{ start: 2, end: 9, placeholder: "a" }]), RangeError);
    assert.throws(() => maskText("0123", [{ start: -1, end: 2, placeholder: "a" }]), RangeError);
    assert.throws(() => maskText("0123", [{ start: 3, end: 2, placeholder: "a" }]), RangeError);
  });
});

describe("labels and placeholders", () => {
  it("has a label and a bracketed placeholder for every type", () => {
    assert.deepEqual(PII_TYPES, ["email", "phone", "card", "iban", "national_id", "ip", "special_category"]);
    for (const type of PII_TYPES) {
      assert.ok(PII_TYPE_LABELS[type].length > 0);
      assert.match(PII_MASK_PLACEHOLDERS[type], /^\[[^\]]+\]$/);
    }
    assert.equal(PII_TYPE_LABELS.card, "Payment card number");
    assert.equal(PII_MASK_PLACEHOLDERS.card, "[card number]");
    assert.equal(PII_MASK_PLACEHOLDERS.national_id, "[national id]");
  });

  it("labels every subtype the detector reports", () => {
    const text = [
      "811218-9876", "701063-2391", "131052-308T", "86095742719", "JG103759A", "4111 1111 1111 1111",
      "5555 5555 5555 4444", "3782 822463 10005", "85.228.10.4", "2001:db8::1", "diabetes", "kyrkan", "etnisk",
      "Vänsterpartiet", "fackförbundet", "bisexuell", "fingeravtryck",
    ].join(" , ");
    const found = detectPersonalData(text);
    assert.equal(found.length, 17);
    for (const m of found) {
      assert.ok(m.subtype && PII_SUBTYPE_LABELS[m.subtype], `label for ${m.subtype}`);
    }
    assert.equal(piiMatchLabel("national_id", "se_personnummer"), "Swedish personnummer");
    assert.equal(piiMatchLabel("iban", "se"), "IBAN (SE)");
    assert.equal(piiMatchLabel("email", null), "Email address");
  });
});
