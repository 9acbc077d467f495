import { z } from "zod";

import { penceToPoundsText, poundsToPence } from "@/lib/money";
import type {
  ApprovalType,
  Household,
  HouseholdCreate,
  HouseholdStatus,
} from "@/features/carers/api/carers";

// The API's rules (carers/schemas.py), checked here first so the person hears about a
// mistake before sending.
function wholeNumber(label: string, min: number, max: number) {
  return z
    .string()
    .trim()
    .min(1, `Enter ${label}`)
    .refine((value) => /^\d+$/.test(value), `${capitalise(label)} must be a whole number`)
    .refine(
      (value) => Number(value) >= min && Number(value) <= max,
      `${capitalise(label)} must be between ${String(min)} and ${String(max)}`,
    );
}

function capitalise(text: string): string {
  const plain = text.replace(/^(the|a|an) /, "");
  return plain.charAt(0).toUpperCase() + plain.slice(1);
}

const optionalLine = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be ${String(max)} characters or fewer`);

const reference = z.string().trim().max(40, "The reference must be 40 characters or fewer");

/** The household form's rules; a new household also needs the council's reference. */
export function householdSchema(mode: "create" | "edit") {
  return z
    .object({
      reference:
        mode === "create" ? reference.min(1, "Enter the household’s reference") : reference,
      name: z
        .string()
        .trim()
        .min(1, "Enter the household’s name")
        .max(120, "The name must be 120 characters or fewer"),
      agency_id: z.string(),
      status: z.string().min(1, "Select the household’s status"),
      age_min: wholeNumber("the youngest age", 0, 25),
      age_max: wholeNumber("the oldest age", 0, 25),
      places: wholeNumber("the number of children approved for", 1, 6),
      approved_types: z.array(z.string()).min(1, "Select at least one type of placement"),
      vacancies: wholeNumber("the number of vacancies", 0, 6),
      postcode: optionalLine("The postcode", 10),
      languages: z
        .string()
        .trim()
        .refine((value) => splitList(value).length <= 10, "List at most 10 languages")
        .refine(
          (value) => splitList(value).every((language) => language.length <= 40),
          "Each language must be 40 characters or fewer",
        ),
      faith: optionalLine("Faith", 60),
      other_children: wholeNumber("the number of other children at home", 0, 12),
      weekly_fee: z
        .string()
        .trim()
        .min(1, "Enter the weekly fee")
        .refine(
          (value) => poundsToPence(value) !== undefined,
          "Enter the weekly fee in pounds and pence, like 625.50",
        )
        .refine(
          (value) => (poundsToPence(value) ?? 0) <= 10_000_000,
          "The weekly fee must be £100,000 or less",
        ),
      notes: z.string().max(5000, "Notes must be 5,000 characters or fewer"),
    })
    .superRefine((values, context) => {
      if (Number(values.age_min) > Number(values.age_max)) {
        context.addIssue({
          code: "custom",
          path: ["age_max"],
          message: "The oldest age must be the same as or more than the youngest age",
        });
      }
      if (Number(values.vacancies) > Number(values.places)) {
        context.addIssue({
          code: "custom",
          path: ["vacancies"],
          message: "Vacancies cannot be more than the number of children approved for",
        });
      }
    });
}

export type HouseholdValues = z.input<ReturnType<typeof householdSchema>>;

/** "English, Polish" → ["English", "Polish"]. */
export function splitList(text: string): string[] {
  return text
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
}

export const NEW_HOUSEHOLD: HouseholdValues = {
  reference: "",
  name: "",
  agency_id: "",
  status: "active",
  age_min: "0",
  age_max: "17",
  places: "1",
  approved_types: [],
  vacancies: "0",
  postcode: "",
  languages: "",
  faith: "",
  other_children: "0",
  weekly_fee: "",
  notes: "",
};

/** The form's values for a household already recorded. */
export function valuesOf(household: Household): HouseholdValues {
  return {
    reference: household.reference,
    name: household.name,
    agency_id: household.agency?.id ?? "",
    status: household.status,
    age_min: String(household.terms.age_min),
    age_max: String(household.terms.age_max),
    places: String(household.terms.places),
    approved_types: household.terms.approved_types,
    vacancies: String(household.vacancies),
    postcode: household.postcode ?? "",
    languages: household.languages.join(", "),
    faith: household.faith ?? "",
    other_children: String(household.other_children),
    weekly_fee: penceToPoundsText(household.weekly_fee_pence),
    notes: household.notes,
  };
}

/** The fields both adding and changing a household send, as the API takes them. */
export function householdFields(values: HouseholdValues) {
  return {
    name: values.name.trim(),
    status: values.status as HouseholdStatus,
    terms: {
      age_min: Number(values.age_min),
      age_max: Number(values.age_max),
      places: Number(values.places),
      approved_types: values.approved_types as ApprovalType[],
    },
    vacancies: Number(values.vacancies),
    postcode: values.postcode.trim() || null,
    languages: splitList(values.languages),
    faith: values.faith.trim() || null,
    other_children: Number(values.other_children),
    weekly_fee_pence: poundsToPence(values.weekly_fee) ?? 0,
    notes: values.notes.trim(),
  };
}

export function householdCreateBody(values: HouseholdValues): HouseholdCreate {
  return {
    ...householdFields(values),
    reference: values.reference.trim(),
    agency_id: values.agency_id || null,
  };
}
