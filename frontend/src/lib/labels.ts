import type { components } from "@/api/schema";

export type Role = components["schemas"]["Role"];
export type UserStatus = components["schemas"]["UserStatus"];

/** How each role is named to people; `satisfies` fails the build when the API adds one. */
export const ROLE_LABELS = {
  practitioner: "Practitioner",
  manager: "Manager",
  commissioner: "Commissioner",
  admin: "Administrator",
  young_person: "Young person",
  agency_user: "Agency user",
} as const satisfies Record<Role, string>;

export const STATUS_LABELS = {
  active: "Active",
  paused: "Paused",
  ended: "Ended",
} as const satisfies Record<UserStatus, string>;
