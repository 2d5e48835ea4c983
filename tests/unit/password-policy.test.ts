import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { PASSWORD_MAX, PASSWORD_MIN, passwordProblems } from "@/lib/auth/password-policy";

const ok = (pw: string, context?: { email?: string; name?: string }) => assert.deepEqual(passwordProblems(pw, context), [], pw);
const has = (pw: string, pattern: RegExp, context?: { email?: string; name?: string }) => {
  const problems = passwordProblems(pw, context);
  assert.ok(problems.some((p) => pattern.test(p)), `${JSON.stringify(pw)}: expected ${pattern}, got ${JSON.stringify(problems)}`);
};

describe("password policy", () => {
  it("accepts long, varied passphrases", () => {
    ok("Heather-Fjord-2031!");
    ok("correct horse battery staple");
    ok("demo-Privacy-2026");
    ok("ÅÄÖ-lingon-sylt-42");
  });

  it(`asks for at least ${PASSWORD_MIN} characters`, () => {
    assert.equal(PASSWORD_MIN, 12);
    has("", /at least 12/);
    has("Sh0rt!pw", /at least 12/);
    has("Abcdefghij1", /at least 12/); // 11
    ok("Abcdefghij1!"); // 12
  });

  it(`refuses more than ${PASSWORD_MAX} characters`, () => {
    const base = "Abcdefghij1!";
    const at = (n: number) => base.repeat(Math.ceil(n / base.length)).slice(0, n);
    ok(at(PASSWORD_MAX));
    has(at(PASSWORD_MAX + 1), /at most 128/);
  });

  it("refuses long passwords made of few different characters", () => {
    has("aaaaaaaaaaaaaaaa", /different characters/);
    has("abababababababab", /different characters/);
    has("abcdabcdabcdabcd", /different characters/);
    ok("abcdeabcdeabcde");
  });

  it("refuses common words padded to length, in any letter case", () => {
    has("MyPassword-2026!", /common words/);
    has("zzQWERTYzz-9876", /common words/);
    has("Welcome to the jungle", /common words/);
    has("xx-DpoDesk-2026-xx", /common words/);
  });

  it("refuses the email's local part and the person's name", () => {
    const context = { email: "dana.lindqvist@example.test", name: "Dana Lindqvist" };
    has("dana.lindqvist-2026!", /email/, context);
    has("Summer-Lindqvist-26", /name/, context);
    has("I-am-DANA-from-HR", /name/, context);
    ok("Heather-Fjord-2031!", context);
    // Short name parts and local parts say too little to refuse on.
    ok("Heather-Fjord-al-2031", { email: "al@example.test", name: "Al Bo" });
  });

  it("reports every problem at once", () => {
    const problems = passwordProblems("password", { name: "Pass Word" });
    assert.ok(problems.length >= 2, JSON.stringify(problems));
  });
});
