import type { Problem } from "@/api/api-error";
import type { components } from "@/api/schema";
import { actionsOf } from "./role-actions";

type Me = components["schemas"]["MeRead"];
type User = components["schemas"]["UserRead"];

export const NORTHSHIRE = {
  id: "0b7c1c3e-6f7d-4a53-9d55-3e1f1d0a0001",
  name: "Northshire County Council",
  kind: "council",
} as const;

export const NORTH_TEAM = { id: "5d1c3a52-2f40-4a0e-8f7a-0c6f3b6a0001", name: "North Team" };
export const EAST_TEAM = { id: "5d1c3a52-2f40-4a0e-8f7a-0c6f3b6a0002", name: "East Team" };

export const ADMIN_ME: Me = {
  id: "7a0f1c5e-1111-4c4c-9c9c-000000000001",
  email: "admin@northshire.example",
  display_name: "Alex Turner",
  role: "admin",
  organisation: NORTHSHIRE,
  teams: [],
  actions: actionsOf("admin"),
  csrf_token: "csrf-abc",
};

export const PRACTITIONER_ME: Me = {
  ...ADMIN_ME,
  id: "7a0f1c5e-1111-4c4c-9c9c-000000000002",
  email: "practitioner@northshire.example",
  display_name: "Sam Okafor",
  role: "practitioner",
  teams: [NORTH_TEAM],
  actions: actionsOf("practitioner"),
};

export const AGENCY_ADMIN_ME: Me = {
  ...ADMIN_ME,
  id: "7a0f1c5e-1111-4c4c-9c9c-000000000003",
  email: "admin@brightpath.example",
  display_name: "Lee Harper",
  organisation: {
    id: "0b7c1c3e-6f7d-4a53-9d55-3e1f1d0a0002",
    name: "Brightpath Fostering",
    kind: "agency",
  },
  actions: actionsOf("admin", "agency"),
};

export const AGENCY_USER_ME: Me = {
  ...AGENCY_ADMIN_ME,
  id: "7a0f1c5e-1111-4c4c-9c9c-000000000004",
  email: "placements@brightpath.example",
  display_name: "Dana Whitfield",
  role: "agency_user",
  actions: actionsOf("agency_user", "agency"),
};

export const NOT_SIGNED_IN: Problem = {
  type: "https://kindred.example/problems/not-authenticated",
  title: "Sign in to continue",
  status: 401,
  detail: "Sign in to continue.",
};

export const SESSION_ENDED: Problem = {
  type: "https://kindred.example/problems/session-ended",
  title: "Your session has ended",
  status: 401,
  detail: "Your session has ended. Sign in again to carry on where you were.",
};

export function user(overrides: Partial<User> = {}): User {
  return {
    id: "9e3d2c1b-0000-4000-8000-000000000001",
    email: "practitioner@northshire.example",
    display_name: "Sam Okafor",
    role: "practitioner",
    status: "active",
    team_ids: [NORTH_TEAM.id],
    teams: [NORTH_TEAM],
    last_signed_in_at: null,
    created_at: "2026-01-05T10:00:00Z",
    version: 1,
    ...overrides,
  };
}
