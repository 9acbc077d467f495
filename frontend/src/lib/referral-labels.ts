import type { components } from "@/api/schema";

type Schemas = components["schemas"];
export type Purpose = Schemas["Purpose"];
export type MaxDistance = Schemas["MaxDistance"];
export type DistanceBand = Schemas["DistanceBand"];
export type ReferralStatus = Schemas["ReferralStatus"];
export type ReferralOutcome = Schemas["ReferralOutcome"];
export type OfferStatus = Schemas["ComparedOffer"]["status"];

// Words for the referral API's values, shared by the council's pages and the agency portal;
// `satisfies` fails the build when the API adds a value.

export const PURPOSE_LABELS = {
  emergency: "Emergency",
  short_term: "Short-term",
  long_term: "Long-term",
  step_down: "Step-down from residential",
  parent_and_child: "Parent and child",
} as const satisfies Record<Purpose, string>;

export const MAX_DISTANCE_LABELS = {
  within_5_miles: "Within 5 miles",
  within_10_miles: "Within 10 miles",
  within_20_miles: "Within 20 miles",
  within_50_miles: "Within 50 miles",
  any: "Any distance",
} as const satisfies Record<MaxDistance, string>;

export const DISTANCE_BAND_LABELS = {
  under_5_miles: "Under 5 miles",
  "5_to_10_miles": "5 to 10 miles",
  "10_to_20_miles": "10 to 20 miles",
  "20_to_50_miles": "20 to 50 miles",
  over_50_miles: "Over 50 miles",
  unknown: "Not known",
} as const satisfies Record<DistanceBand, string>;

export const REFERRAL_STATUS_LABELS = {
  draft: "Draft",
  awaiting_approval: "Awaiting approval",
  open: "Open",
  closed: "Closed",
} as const satisfies Record<ReferralStatus, string>;

export const REFERRAL_STATUS_TAGS = {
  draft: "govuk-tag--grey",
  awaiting_approval: "govuk-tag--blue",
  open: "govuk-tag--green",
  closed: "govuk-tag--grey",
} as const satisfies Record<ReferralStatus, string>;

export const OUTCOME_LABELS = {
  placed: "placed",
  withdrawn: "withdrawn",
  expired: "expired",
} as const satisfies Record<ReferralOutcome, string>;

export const OFFER_STATUS_LABELS = {
  submitted: "Submitted",
  shortlisted: "Shortlisted",
  declined: "Declined",
  accepted: "Accepted",
  withdrawn: "Withdrawn",
} as const satisfies Record<OfferStatus, string>;

/** "Open", or "Closed: placed". */
export function referralStatusText(status: ReferralStatus, outcome: ReferralOutcome | null) {
  const label = REFERRAL_STATUS_LABELS[status];
  return outcome ? `${label}: ${OUTCOME_LABELS[outcome]}` : label;
}
