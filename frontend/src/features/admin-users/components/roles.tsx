import type { components } from "@/api/schema";
import { ROLE_LABELS, type Role, STATUS_LABELS, type UserStatus } from "@/lib/labels";

type OrganisationKind = components["schemas"]["OrganisationKind"];

const COUNCIL_ROLES: readonly Role[] = ["practitioner", "manager", "commissioner", "admin"];
const AGENCY_ROLES: readonly Role[] = ["agency_user", "admin"];

/**
 * Roles an admin can give in their kind of organisation, as the API allows them. Young
 * people's accounts are made from the child's record, so they are never offered here.
 */
export function assignableRoles(kind: OrganisationKind): readonly Role[] {
  return kind === "agency" ? AGENCY_ROLES : COUNCIL_ROLES;
}

/** Roles worth filtering the list by: the assignable ones, and young people in a council. */
export function filterableRoles(kind: OrganisationKind): readonly Role[] {
  return kind === "agency" ? AGENCY_ROLES : [...COUNCIL_ROLES, "young_person"];
}

export const STATUS_TAG_COLOURS = {
  active: "govuk-tag--green",
  paused: "govuk-tag--yellow",
  ended: "govuk-tag--grey",
} as const satisfies Record<UserStatus, string>;

export function StatusTag({ status }: { status: UserStatus }) {
  return (
    <strong className={`govuk-tag ${STATUS_TAG_COLOURS[status]}`}>{STATUS_LABELS[status]}</strong>
  );
}

export function roleChoices(roles: readonly Role[]) {
  return roles.map((role) => ({ value: role, label: ROLE_LABELS[role] }));
}
