import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { organisationDetails } from "@/lib/organisation/details";

const details = {
  controllerName: "Northwind Outdoor AB",
  address: "Storgatan 1, Stockholm",
  contactEmail: "privacy@northwind.example",
  contactPhone: "+46 8 123 456",
  dpoName: "Dana Lindqvist",
  dpoEmail: "dpo@northwind.example",
  dpoPhone: "+46 8 123 457",
  representative: "",
  country: "SE",
};

describe("organisationDetails", () => {
  it("keeps the details and drops the settings a record snapshot must not hash", () => {
    const row = { ...details, timeZone: "Europe/Stockholm", updatedAt: new Date("2026-01-01T00:00:00Z") };
    assert.deepEqual(organisationDetails(row), details);
  });

  it("returns a new object, so a later change to the row cannot reach a stored snapshot", () => {
    const row = { ...details };
    const copy = organisationDetails(row);
    row.controllerName = "Changed AB";
    assert.equal(copy.controllerName, "Northwind Outdoor AB");
  });
});
