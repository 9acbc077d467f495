import type { components } from "@/api/schema";
import { PRACTITIONER_ME } from "./fixtures";
import { CHILD_ID } from "./needs-fixtures";

type Schemas = components["schemas"];
type Referral = Schemas["ReferralRead"];

export const REFERRAL_ID = "r0000000-0000-4000-8000-000000000001";
export const BRIGHTPATH = {
  id: "0b7c1c3e-6f7d-4a53-9d55-3e1f1d0a0002",
  name: "Brightpath Fostering",
};
export const SAM = { id: PRACTITIONER_ME.id, display_name: PRACTITIONER_ME.display_name };
export const MORGAN = { id: "7a0f1c5e-1111-4c4c-9c9c-000000000009", display_name: "Morgan Ellis" };

const NEEDS = [
  ["physical_health", "Physical health", 1],
  ["emotional_wellbeing", "Emotional wellbeing and mental health", 3],
  ["learning_and_education", "Learning and education", 2],
] as const;

const PERMISSIONS: Referral["permissions"] = {
  can_edit: true,
  can_submit: true,
  can_approve: false,
  can_return: false,
  can_share: false,
  can_close: true,
  can_decide_offers: false,
  can_accept_offers: false,
  can_confirm_placement: false,
};

/** A draft referral for Ava Brown, three domains, with one consented "About me" section. */
export function referral(overrides: Partial<Referral> = {}): Referral {
  return {
    id: REFERRAL_ID,
    reference: "NS-R-0042",
    child: { id: CHILD_ID, given_name: "Ava", family_name: "Brown", preferred_name: null },
    status: "draft",
    outcome: null,
    purpose: "long_term",
    needed_by: null,
    created_by: SAM,
    created_at: "2026-11-20T10:00:00Z",
    updated_at: "2026-11-20T10:00:00Z",
    submitted_at: null,
    approved_at: null,
    live_shares: 0,
    offers: 0,
    version: 1,
    assessment_id: "a0000000-0000-4000-8000-000000000001",
    framework_version: "1.0.0",
    siblings: 0,
    location_preferences: "",
    max_distance: "any",
    needs: NEEDS.map(([key, name, level]) => ({
      domain_key: key,
      domain_name: name,
      need_level: level,
      needs_text: `${name}: what helps.`,
      strength_level: "useful",
      strength_notes: "",
    })),
    what_helps: "Music and routine.",
    young_person_words: [
      {
        section: "what_helps_me",
        heading: "What helps when things are hard",
        text: "Music in my headphones.",
        included: true,
      },
    ],
    budget_weekly_pence: null,
    contact_arrangements: "",
    submitted_by: null,
    decided_by: null,
    returned_at: null,
    return_comment: null,
    closed_at: null,
    closed_by: null,
    close_reason: null,
    accepted_offer_id: null,
    placement_start_on: null,
    shares: [],
    permissions: PERMISSIONS,
    identifying_details: [],
    ...overrides,
  };
}

/** The pseudonymous snapshot of `referral()`, as the preview and the partner API send it. */
export function snapshot(): Schemas["ReferralSnapshot"] {
  return {
    reference: "NS-R-0042",
    purpose: "long_term",
    needed_by: "2026-12-21",
    age_years: 13,
    care_context: "in care",
    siblings: 0,
    location: {
      local_authority: "Northshire County Council",
      max_distance: "any",
      preferences: "",
    },
    framework_version: "1.0.0",
    needs_summary: { score: 41.7, actionable_count: 2, highest_level: 3 },
    needs: NEEDS.map(([key, name, level]) => ({
      domain_key: key,
      domain_name: name,
      need_level: level,
      need_label: "Level",
      needs_text: `${name}: what helps.`,
      strength_level: "useful",
      strength_notes: "",
    })),
    what_helps: "Music and routine.",
    young_person_words: [
      { section: "what_helps_me", heading: "What helps when things are hard", text: "Music." },
    ],
    budget_weekly_pence: 95_000,
    contact_arrangements: "",
    taken_at: "2026-11-23T10:00:00Z",
  };
}

export function partnerReferral(): Schemas["PartnerReferral"] {
  return {
    ...snapshot(),
    id: "s0000000-0000-4000-8000-000000000001",
    status: "open",
    closed_reason: null,
    shared_at: "2026-11-23T10:01:00Z",
    updated_at: "2026-11-23T10:01:00Z",
  };
}

/** An offer compared with the child's needs: met, support, unmet across the three domains. */
export function comparedOffer(): Schemas["ComparedOffer"] {
  return {
    id: "o0000000-0000-4000-8000-000000000001",
    agency: BRIGHTPATH,
    household_reference: "BP-H-0117",
    status: "submitted",
    decision_reason: null,
    weekly_fee_pence: 89_500,
    within_budget: true,
    available_from: "2026-12-07",
    available_in_time: true,
    distance_band: "5_to_10_miles",
    within_distance: null,
    message: "One bedroom free.",
    met_count: 1,
    support_count: 1,
    unmet_count: 1,
    domains: [
      { domain_key: "physical_health", need: 1, capacity: 2, gap: 0, verdict: "met" },
      { domain_key: "emotional_wellbeing", need: 3, capacity: 1, gap: 2, verdict: "unmet" },
      { domain_key: "learning_and_education", need: 2, capacity: 1, gap: 1, verdict: "support" },
    ],
    created_at: "2026-11-24T14:02:00Z",
    updated_at: "2026-11-24T14:02:00Z",
    version: 1,
  };
}

/** `referral()` as a list shows it (the extra detail fields do no harm in a list's answer). */
export function referralListItem(
  overrides: Partial<Schemas["ReferralListItem"]> = {},
): Schemas["ReferralListItem"] {
  return { ...referral(), ...overrides };
}
