import type { components } from "@/api/schema";
import { NORTH_TEAM, PRACTITIONER_ME } from "./fixtures";

type Framework = components["schemas"]["FrameworkRead"];
type Assessment = components["schemas"]["AssessmentRead"];
type Child = components["schemas"]["ChildRead"];
type NeedsHistory = components["schemas"]["NeedsHistory"];
type NeedsPoint = components["schemas"]["NeedsPoint"];

const DOMAIN_NAMES: [string, string][] = [
  ["physical_health", "Physical health"],
  ["emotional_wellbeing", "Emotional wellbeing and mental health"],
  ["learning_and_education", "Learning and education"],
];

const LEVEL_LABELS = ["No additional need", "Low", "Moderate", "High", "Very high"];

/** A three-domain framework: enough to exercise every rule without twelve of everything. */
export function framework(): Framework {
  return {
    key: "kindred-needs",
    version: "1.0.0",
    name: "Kindred needs framework",
    published: "2026-01-01",
    is_default: true,
    levels: LEVEL_LABELS.map((label, level) => ({
      level,
      label,
      description: `${label} in general.`,
      child_label: label,
    })),
    strength_levels: [
      ["none", "Not yet a strength"],
      ["emerging", "Emerging"],
      ["useful", "Useful"],
      ["centrepiece", "Centrepiece"],
    ].map(([key, label]) => ({
      key: key as components["schemas"]["StrengthLevel"],
      label: label ?? "",
      description: `${label ?? ""} strength.`,
      child_label: label ?? "",
    })),
    domains: DOMAIN_NAMES.map(([key, name]) => ({
      key,
      name,
      description: `About ${name.toLowerCase()}.`,
      child_name: name,
      child_description: name,
      weight: 1,
      levels: LEVEL_LABELS.map((label, level) => ({
        level,
        descriptor: `${name}: ${label.toLowerCase()} descriptor.`,
        child_descriptor: label,
      })),
    })),
  };
}

const SAM = { id: PRACTITIONER_ME.id, display_name: PRACTITIONER_ME.display_name };
export const ASSESSMENT_ID = "a0000000-0000-4000-8000-000000000001";
export const CHILD_ID = "c0000000-0000-4000-8000-000000000001";

export function assessment(overrides: Partial<Assessment> = {}): Assessment {
  return {
    id: ASSESSMENT_ID,
    child_id: CHILD_ID,
    status: "draft",
    framework_version: "1.0.0",
    based_on_id: null,
    created_by: SAM,
    created_at: "2026-11-20T10:00:00Z",
    updated_at: "2026-11-20T10:00:00Z",
    submitted_by: null,
    submitted_at: null,
    decided_by: null,
    approved_at: null,
    returned_at: null,
    assessed_on: null,
    score: null,
    actionable_count: null,
    highest_level: null,
    version: 1,
    summary: "",
    aspirations: "",
    what_helps: "",
    return_comment: null,
    domains: DOMAIN_NAMES.map(([key, name]) => ({
      key,
      name,
      need_level: null,
      evidence: "",
      strength_level: "none",
      strength_notes: "",
    })),
    highest_domains: null,
    preview: null,
    previous_approved: null,
    permissions: { can_edit: true, can_submit: true, can_approve: false, can_return: false },
    // As the API serves them for these domains, none with a level yet.
    submit_checks: DOMAIN_NAMES.map(([key, name]) => ({
      domain_key: key,
      field: "need_level",
      message: `Choose a level of need for ${name}.`,
    })),
    evidence_from_level: 3,
    ...overrides,
  };
}

export function child(overrides: Partial<Child> = {}): Child {
  return {
    id: CHILD_ID,
    given_name: "Ava",
    family_name: "Brown",
    preferred_name: null,
    date_of_birth: "2014-03-27",
    age: 12,
    local_child_id: "0100001",
    care_status: "in_care",
    placement_type: "U6",
    team: NORTH_TEAM,
    allocated_worker: SAM,
    restricted: false,
    latest_score: "41.7",
    trend: "down",
    latest_actionable: 2,
    last_assessed_on: "2026-11-03",
    sex: "2",
    home_postcode: null,
    gender: null,
    ethnicity: null,
    upn: null,
    legal_status: null,
    previous_score: "50.0",
    latest_assessment_id: ASSESSMENT_ID,
    version: 1,
    created_at: "2024-01-01T00:00:00Z",
    updated_at: "2026-11-03T00:00:00Z",
    ...overrides,
  };
}

function point(id: string, assessedOn: string, levels: Record<string, number>): NeedsPoint {
  const values = Object.values(levels);
  const score = (values.reduce((sum, level) => sum + level, 0) / (values.length * 4)) * 100;
  return {
    assessment_id: id,
    assessed_on: assessedOn,
    approved_at: `${assessedOn}T14:30:00Z`,
    framework_version: "1.0.0",
    levels,
    score: score.toFixed(1),
    actionable_count: values.filter((level) => level >= 2).length,
    highest_level: Math.max(...values),
    highest_domains: [],
    change: null,
  };
}

/** Two approved assessments: needs falling in learning, rising in emotional wellbeing. */
export function needsHistory(): NeedsHistory {
  return {
    child_id: CHILD_ID,
    domains: DOMAIN_NAMES.map(([key, name]) => ({ key, name })),
    points: [
      point("a0000000-0000-4000-8000-0000000000e1", "2024-09-20", {
        physical_health: 1,
        emotional_wellbeing: 1,
        learning_and_education: 4,
      }),
      point(ASSESSMENT_ID, "2026-11-03", {
        physical_health: 1,
        emotional_wellbeing: 2,
        learning_and_education: 2,
      }),
    ],
  };
}
