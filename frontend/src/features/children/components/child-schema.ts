import { z } from "zod";

import { isoDateOf, partsOf, requiredDate, todayParts } from "@/lib/date-parts";
import type { Child, ChildCreate } from "@/features/children/api/children";

// The API's rules (children/schemas.py), checked here first so mistakes show before sending.
const name = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `Enter the child’s ${what}`)
    .max(100, `The ${what} must be 100 characters or fewer`);

/** Care leavers are supported up to 25: an older date of birth is a mistyped year. */
const OLDEST_AGE_IN_CARE = 25;

/** Why a child in care cannot be born on `born` (ISO dates), or null: the API's own rule. */
export function birthProblem(born: string, today: string): string | null {
  if (born > today) return "Date of birth must be today or in the past";
  // Born on or before this day, 26 years ago, means 26 or older today.
  const limit = `${Number(today.slice(0, 4)) - OLDEST_AGE_IN_CARE - 1}${today.slice(4)}`;
  if (born <= limit) {
    return `A child in care is under ${OLDEST_AGE_IN_CARE + 1}: check the year of birth`;
  }
  return null;
}

export const childSchema = z.object({
  given_name: name("first name"),
  family_name: name("last name"),
  preferred_name: z.string().trim().max(100, "The preferred name must be 100 characters or fewer"),
  date_of_birth: requiredDate("Date of birth").superRefine((parts, context) => {
    const iso = isoDateOf(parts);
    const problem = iso && birthProblem(iso, isoDateOf(todayParts()) ?? iso);
    if (problem) context.addIssue({ code: "custom", message: problem });
  }),
  sex: z.string({ error: "Select the child’s sex" }).min(1, "Select the child’s sex"),
  local_child_id: z
    .string()
    .trim()
    .min(1, "Enter the council’s id for the child")
    .max(40, "The local id must be 40 characters or fewer"),
  care_status: z.string({ error: "Select a care status" }).min(1, "Select a care status"),
  placement_type: z.string(),
  team_id: z.string({ error: "Select a team" }).min(1, "Select a team"),
});

export type ChildValues = z.input<typeof childSchema>;

/** The form's order on the page, for the error summary; ids are the controls to focus. */
export const CHILD_FIELDS = [
  { name: "given_name", fieldId: "given_name" },
  { name: "family_name", fieldId: "family_name" },
  { name: "preferred_name", fieldId: "preferred_name" },
  { name: "date_of_birth", fieldId: "date_of_birth" },
  { name: "sex", fieldId: "sex" },
  { name: "local_child_id", fieldId: "local_child_id" },
  { name: "care_status", fieldId: "care_status" },
  { name: "placement_type", fieldId: "placement_type" },
  { name: "team_id", fieldId: "team_id" },
] as const;

export const EMPTY_CHILD: ChildValues = {
  given_name: "",
  family_name: "",
  preferred_name: "",
  date_of_birth: { day: "", month: "", year: "" },
  sex: "",
  local_child_id: "",
  care_status: "",
  placement_type: "",
  team_id: "",
};

/** The form's values for a child already recorded. */
export function valuesOf(child: Child): ChildValues {
  return {
    given_name: child.given_name,
    family_name: child.family_name,
    preferred_name: child.preferred_name ?? "",
    date_of_birth: partsOf(child.date_of_birth),
    sex: child.sex,
    local_child_id: child.local_child_id,
    care_status: child.care_status,
    placement_type: child.placement_type ?? "",
    team_id: child.team.id,
  };
}

/** The API's body for a checked form: empty optional fields are sent as null. */
export function bodyOf(values: ChildValues): Omit<ChildCreate, "restricted"> {
  return {
    given_name: values.given_name.trim(),
    family_name: values.family_name.trim(),
    preferred_name: values.preferred_name.trim() || null,
    date_of_birth: isoDateOf(values.date_of_birth) ?? "",
    sex: values.sex as ChildCreate["sex"],
    local_child_id: values.local_child_id.trim(),
    care_status: values.care_status as ChildCreate["care_status"],
    placement_type: values.placement_type || null,
    team_id: values.team_id,
  };
}
