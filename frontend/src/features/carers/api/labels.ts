import { PLACEMENT_TYPE_LABELS } from "@/lib/placement-types";
import type { ApprovalType, HouseholdStatus } from "./carers";

/** How the types a household is approved for are named to people. */
export const APPROVAL_TYPE_LABELS: Readonly<Record<ApprovalType, string>> = PLACEMENT_TYPE_LABELS;

export const HOUSEHOLD_STATUS_LABELS = {
  active: "Active",
  on_hold: "On hold",
  closed: "Closed",
} as const satisfies Record<HouseholdStatus, string>;

/** "0 to 17 years". */
export function ageRange(terms: { age_min: number; age_max: number }): string {
  return terms.age_min === terms.age_max
    ? `${String(terms.age_min)} years`
    : `${String(terms.age_min)} to ${String(terms.age_max)} years`;
}
