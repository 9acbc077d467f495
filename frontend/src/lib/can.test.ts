import { describe, expect, it } from "vitest";

import { ADMIN_ME, AGENCY_ADMIN_ME, PRACTITIONER_ME } from "@/test/fixtures";
import { withRole } from "@/test/role-actions";
import { can } from "./can";

describe("can", () => {
  it("allows what /auth/me listed for the person", () => {
    expect(can(PRACTITIONER_ME, "carers.manage")).toBe(true);
    expect(can(PRACTITIONER_ME, "children.update")).toBe(true);
  });

  it("refuses anything not listed: deny is the default", () => {
    expect(can(PRACTITIONER_ME, "assessments.decide")).toBe(false);
    expect(can({ actions: [] }, "account.read")).toBe(false);
  });

  it("follows the role", () => {
    expect(can(withRole(PRACTITIONER_ME, "manager"), "assessments.decide")).toBe(true);
    expect(can(withRole(PRACTITIONER_ME, "commissioner"), "carers.manage")).toBe(false);
  });

  it("follows the kind of organisation: an agency's admin has no council work", () => {
    expect(can(ADMIN_ME, "teams.manage")).toBe(true);
    expect(can(AGENCY_ADMIN_ME, "teams.manage")).toBe(false);
    expect(can(AGENCY_ADMIN_ME, "users.manage")).toBe(true);
  });
});
