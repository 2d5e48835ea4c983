import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { canonicalTimeZone, COUNTRY_CODES, isCountryCode, organisationSchema } from "@/lib/organisation/schema";

const valid = {
  controllerName: "Northwind Outdoor AB",
  address: "Sveavägen 44, 111 34 Stockholm",
  contactEmail: "privacy@northwind.example",
  contactPhone: "+46 8 555 010 00",
  dpoName: "Dana Lindqvist",
  dpoEmail: "dpo@northwind.example",
  dpoPhone: "+46 (8) 555-010.42",
  representative: "",
  country: "SE",
  timeZone: "Europe/Stockholm",
};

const errorsFor = (input: Record<string, unknown>) => {
  const result = organisationSchema.safeParse(input);
  assert.equal(result.success, false, "expected a validation error");
  return Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), i.message]));
};

describe("organisation schema", () => {
  it("accepts a complete, valid form and trims text", () => {
    const result = organisationSchema.parse({ ...valid, controllerName: "  Northwind Outdoor AB  " });
    assert.equal(result.controllerName, "Northwind Outdoor AB");
    assert.equal(result.timeZone, "Europe/Stockholm");
  });

  it("needs only the controller name, country and time zone; missing optional fields become empty", () => {
    const result = organisationSchema.parse({ controllerName: "Acme AB", country: "DE", timeZone: "Europe/Berlin" });
    assert.deepEqual(result, { ...valid, controllerName: "Acme AB", address: "", contactEmail: "", contactPhone: "", dpoName: "", dpoEmail: "", dpoPhone: "", country: "DE", timeZone: "Europe/Berlin" });
  });

  it("requires the controller name", () => {
    assert.match(errorsFor({ ...valid, controllerName: "   " }).controllerName!, /controller/);
    assert.ok(errorsFor({ ...valid, controllerName: undefined }).controllerName);
    assert.ok(errorsFor({ ...valid, controllerName: "x".repeat(201) }).controllerName);
  });

  describe("country (ISO 3166-1 alpha-2)", () => {
    it("knows all 249 assigned codes", () => {
      assert.equal(COUNTRY_CODES.length, 249);
      assert.equal(new Set(COUNTRY_CODES).size, 249);
      for (const code of ["SE", "DE", "FR", "IE", "US", "GB", "CH", "NO", "AX", "JP"]) assert.ok(isCountryCode(code), code);
    });

    it("upper-cases and trims what was typed", () => {
      assert.equal(organisationSchema.parse({ ...valid, country: " fi " }).country, "FI");
    });

    it("refuses names, three-letter codes, unassigned and pseudo codes", () => {
      for (const bad of ["Sweden", "SWE", "S", "", "XX", "ZZ", "EU", "UN", "UK", "XK", "S1", undefined]) {
        assert.ok(errorsFor({ ...valid, country: bad }).country, `${bad} should be refused`);
      }
    });
  });

  describe("time zone (IANA)", () => {
    it("accepts IANA names and stores the listed spelling", () => {
      for (const zone of ["Europe/Stockholm", "America/New_York", "Asia/Tokyo", "UTC", "Etc/GMT+1", "Australia/Lord_Howe"]) {
        assert.equal(organisationSchema.parse({ ...valid, timeZone: zone }).timeZone, zone);
      }
      assert.equal(canonicalTimeZone("europe/stockholm"), "Europe/Stockholm");
      assert.equal(organisationSchema.parse({ ...valid, timeZone: " EUROPE/BERLIN " }).timeZone, "Europe/Berlin");
    });

    it("refuses made-up zones, offsets, abbreviations and odd input", () => {
      for (const bad of ["Mars/Olympus", "Europe/Atlantis", "+01:00", "-05:00", "GMT+1 ", "CEST", "", "Europe/../etc/passwd", "x".repeat(100), undefined]) {
        const errors = errorsFor({ ...valid, timeZone: bad });
        assert.match(errors.timeZone ?? "", /time zone/i, `${JSON.stringify(bad)} should be refused`);
      }
    });
  });

  describe("emails and phones", () => {
    it("allows them to be empty", () => {
      const result = organisationSchema.parse({ ...valid, contactEmail: "", dpoEmail: "  ", contactPhone: "", dpoPhone: "" });
      assert.deepEqual([result.contactEmail, result.dpoEmail, result.contactPhone, result.dpoPhone], ["", "", "", ""]);
    });

    it("lower-cases valid emails", () => {
      assert.equal(organisationSchema.parse({ ...valid, dpoEmail: " DPO@Northwind.Example " }).dpoEmail, "dpo@northwind.example");
    });

    it("refuses invalid emails when given", () => {
      for (const bad of ["not-an-email", "a@b", "@example.test", "dpo@", "dpo @example.test", "<script>@x.test"]) {
        const errors = errorsFor({ ...valid, contactEmail: bad, dpoEmail: bad });
        assert.ok(errors.contactEmail && errors.dpoEmail, `${bad} should be refused`);
      }
    });

    it("refuses phone numbers with letters", () => {
      assert.ok(errorsFor({ ...valid, dpoPhone: "call me maybe" }).dpoPhone);
      assert.ok(errorsFor({ ...valid, contactPhone: "+46 8 555 ext. 12" }).contactPhone);
    });
  });

  it("reports every bad field at once", () => {
    const errors = errorsFor({ ...valid, controllerName: "", country: "XX", timeZone: "Nowhere/City", dpoEmail: "nope" });
    assert.deepEqual(Object.keys(errors).sort(), ["controllerName", "country", "dpoEmail", "timeZone"]);
  });
});
