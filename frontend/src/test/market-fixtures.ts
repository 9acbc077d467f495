import type { components } from "@/api/schema";

type Framework = components["schemas"]["FrameworkRead"];
type Child = components["schemas"]["ChildRead"];
type Household = components["schemas"]["HouseholdRead"];
type Matches = components["schemas"]["MatchesRead"];
type DomainMatch = components["schemas"]["DomainMatch"];

const LEVEL_LABELS = ["No additional need", "Low", "Moderate", "High", "Very high"];

function domain(key: string, name: string): Framework["domains"][number] {
  return {
    key,
    name,
    description: `About ${name.toLowerCase()}.`,
    child_name: name,
    child_description: name,
    weight: 1,
    levels: LEVEL_LABELS.map((_, level) => ({
      level,
      descriptor: `${name} at level ${String(level)}.`,
      child_descriptor: `${name} ${String(level)}`,
    })),
  };
}

/** A three-domain framework: enough to draw a wheel and fill in a capacity profile. */
export const FRAMEWORK: Framework = {
  key: "kindred-default",
  version: "1.0.0",
  name: "Kindred needs framework",
  published: "2026-11-23",
  is_default: true,
  levels: LEVEL_LABELS.map((label, level) => ({
    level,
    label,
    description: label,
    child_label: label,
  })),
  strength_levels: [],
  domains: [
    domain("physical_health", "Physical health"),
    domain("emotional_wellbeing", "Emotional wellbeing and mental health"),
    domain("learning_and_education", "Learning and education"),
  ],
};

export const CHILD_ID = "c0000000-0000-4000-8000-000000000001";

export const CHILD: Child = {
  id: CHILD_ID,
  given_name: "Ava",
  family_name: "Brown",
  preferred_name: null,
  date_of_birth: "2014-05-01",
  age: 12,
  local_child_id: "0100001",
  care_status: "in_care",
  placement_type: null,
  team: { id: "5d1c3a52-2f40-4a0e-8f7a-0c6f3b6a0001", name: "North Team" },
  allocated_worker: null,
  restricted: false,
  latest_score: "41.7",
  trend: null,
  latest_actionable: 2,
  last_assessed_on: "2026-11-03",
  sex: "2",
  home_postcode: "LS1 4AP",
  gender: null,
  ethnicity: null,
  upn: null,
  legal_status: null,
  previous_score: null,
  latest_assessment_id: "a0000000-0000-4000-8000-000000000001",
  version: 1,
  created_at: "2026-01-05T10:00:00Z",
  updated_at: "2026-01-05T10:00:00Z",
};

function verdictOf(need: number, capacity: number): DomainMatch["verdict"] {
  const gap = Math.max(0, need - capacity);
  return gap === 0 ? "met" : gap === 1 ? "support" : "unmet";
}

/** A household's match with Ava: needs 2, 0, 3 against the capacity given. */
export function householdMatch(
  id: string,
  name: string,
  capacity: readonly [number, number, number],
): Matches["matches"][number] {
  const needs = [2, 0, 3] as const;
  const domains = FRAMEWORK.domains.map((entry, index) => {
    const need = needs[index] ?? 0;
    const can = capacity[index] ?? 0;
    return {
      domain_key: entry.key,
      need,
      capacity: can,
      gap: Math.max(0, need - can),
      verdict: verdictOf(need, can),
    };
  });
  return {
    household: {
      id,
      reference: `H-${id.slice(-3)}`,
      name,
      postcode: "LS6 3HN",
      in_house: true,
      agency_name: null,
    },
    fit: 80,
    unmet_count: domains.filter((entry) => entry.verdict === "unmet").length,
    support_count: domains.filter((entry) => entry.verdict === "support").length,
    distance_km: 6.8,
    distance_miles: 4.2,
    weekly_fee_pence: 62_550,
    domains,
  };
}

export const MATCHES: Matches = {
  child_id: CHILD_ID,
  assessment_id: "a0000000-0000-4000-8000-000000000001",
  assessed_on: "2026-11-03",
  framework_version: "1.0.0",
  needs: { physical_health: 2, emotional_wellbeing: 0, learning_and_education: 3 },
  location_known: true,
  ranking: "Households are ranked by: fewest unmet domains, then fit.",
  total_eligible: 2,
  total_excluded: 1,
  matches: [
    householdMatch("h0000000-0000-4000-8000-000000000001", "The Okafor household", [3, 1, 2]),
    householdMatch("h0000000-0000-4000-8000-000000000002", "The Shah household", [2, 0, 1]),
  ],
  excluded: [],
};

export const HOUSEHOLD: Household = {
  id: "h0000000-0000-4000-8000-000000000001",
  reference: "NO-FC-001",
  name: "The Okafor household",
  agency: null,
  in_house: true,
  status: "active",
  terms: { age_min: 0, age_max: 17, places: 2, approved_types: ["long_term", "siblings"] },
  vacancies: 1,
  postcode: "LS6 3HN",
  weekly_fee_pence: 62_550,
  capacity: { physical_health: 3, emotional_wellbeing: 1, learning_and_education: 2 },
  capacity_from: "2026-03-01",
  languages: ["English", "Yoruba"],
  faith: null,
  other_children: 1,
  notes: "",
  capacity_history: [
    {
      id: "p0000000-0000-4000-8000-000000000002",
      framework_version: "1.0.0",
      effective_from: "2026-03-01",
      levels: { physical_health: 3, emotional_wellbeing: 1, learning_and_education: 2 },
      evidence: { physical_health: "Trained in diabetes care." },
      recorded_at: "2026-03-02T10:00:00Z",
    },
    {
      id: "p0000000-0000-4000-8000-000000000001",
      framework_version: "1.0.0",
      effective_from: "2025-06-01",
      levels: { physical_health: 2, emotional_wellbeing: 1, learning_and_education: 2 },
      evidence: {},
      recorded_at: "2025-06-01T10:00:00Z",
    },
  ],
  training: [
    {
      id: "t0000000-0000-4000-8000-000000000001",
      title: "Diabetes care for carers",
      domain_key: "physical_health",
      completed_on: "2026-02-20",
      provider: "Northshire NHS",
    },
  ],
  version: 3,
  created_at: "2025-06-01T10:00:00Z",
  updated_at: "2026-03-02T10:00:00Z",
};
