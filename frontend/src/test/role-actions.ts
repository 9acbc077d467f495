import openapiDocument from "../../openapi.json?raw";

import type { Action } from "@/lib/can";
import type { Role } from "@/lib/labels";

type OrganisationKind = "council" | "agency";
type ActionsByRole = Record<OrganisationKind, Partial<Record<Role, Action[]>>>;

interface MeSchema {
  components: {
    schemas: { MeRead: { properties: { actions: { "x-actions-by-role": ActionsByRole } } } };
  };
}

// The API document carries the policy's own table (generated from auth/policy.py), so test
// accounts hold exactly the actions the API would list for them: no second copy to drift.
const ACTIONS_BY_ROLE = (JSON.parse(openapiDocument) as MeSchema).components.schemas.MeRead
  .properties.actions["x-actions-by-role"];

/** The actions /auth/me lists for `role` in a kind of organisation. */
export function actionsOf(role: Role, kind: OrganisationKind = "council"): Action[] {
  const actions = ACTIONS_BY_ROLE[kind][role];
  if (!actions) throw new Error(`No ${role} in an organisation of kind ${kind}`);
  return actions;
}

interface Account {
  role: Role;
  organisation: { kind: OrganisationKind };
  actions: Action[];
}

/** `account` with another role, and so that role's actions. */
export function withRole<A extends Account>(account: A, role: Role): A {
  return { ...account, role, actions: actionsOf(role, account.organisation.kind) };
}
