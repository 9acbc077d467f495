import { describe, expect, it } from "vitest";

import { ADMIN_ME, AGENCY_ADMIN_ME, AGENCY_USER_ME, PRACTITIONER_ME } from "@/test/fixtures";
import { withRole } from "@/test/role-actions";
import { YOUNG_PERSON_ME } from "@/test/voice-fixtures";
import { homePathFor, navigationFor } from "./navigation";

const labels = (me: Parameters<typeof navigationFor>[0]) =>
  navigationFor(me).map(({ label }) => label);

describe("navigationFor and homePathFor", () => {
  it.each([
    ["practitioner", PRACTITIONER_ME, ["Home", "Children", "Referrals", "Carers"], "/children"],
    [
      "manager",
      withRole(PRACTITIONER_ME, "manager"),
      ["Home", "Children", "Approvals", "Referrals", "Carers", "Analytics"],
      "/children",
    ],
    [
      "commissioner",
      withRole(PRACTITIONER_ME, "commissioner"),
      ["Home", "Carers", "Analytics"],
      "/",
    ],
    [
      "council admin",
      ADMIN_ME,
      [
        "Home",
        "Users",
        "Teams",
        "API clients",
        "Audit log",
        "Imports",
        "Bulk loads",
        "Exports",
        "Carers",
        "Analytics",
      ],
      "/admin/users",
    ],
    ["agency admin", AGENCY_ADMIN_ME, ["Home", "Users", "API clients"], "/admin/users"],
    [
      "agency user",
      AGENCY_USER_ME,
      ["Home", "Shared referrals", "Our offers", "Webhooks"],
      "/agency/referrals",
    ],
    ["young person", YOUNG_PERSON_ME, ["My page"], "/me"],
  ])("offers a %s the sections their actions open", (_who, me, sections, home) => {
    expect(labels(me)).toEqual(sections);
    expect(homePathFor(me)).toBe(home);
  });
});
