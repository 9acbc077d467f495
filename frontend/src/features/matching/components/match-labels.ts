import type { ExclusionReason } from "@/features/matching/api/matches";

/** Why a hard filter left a household out, as a sentence a practitioner can act on. */
export const EXCLUSION_REASON_LABELS = {
  age_outside_terms: "The child’s age is outside the ages the household is approved for",
  type_not_approved: "Not approved for this type of placement (or for siblings, for a group)",
  no_vacancy: "No vacancy: every place is taken",
  sibling_group_too_large: "Not enough vacancies to keep the sibling group together",
  excluded: "Excluded for this child",
  too_far: "Farther away than the distance chosen",
  not_in_house: "A partner agency’s household, and only in-house households were asked for",
} as const satisfies Record<ExclusionReason, string>;

/** "4.2 miles (6.8 km)", or that the distance is not known. */
export function distanceText(miles: number | null, km: number | null): string {
  if (miles === null || km === null) return "Not known";
  return `${miles.toFixed(1)} miles (${km.toFixed(1)} km)`;
}

/** The fit score, 0–100, as a whole-number percentage of the child's need met. */
export function fitText(fit: number): string {
  return `${String(Math.round(fit))}%`;
}
