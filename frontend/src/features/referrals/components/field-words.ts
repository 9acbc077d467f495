import { type FieldValue, isChoices } from "@/lib/autosave/field-changes";
import { formatDate } from "@/lib/format";
import { formatWeeklyFee } from "@/lib/money";
import {
  MAX_DISTANCE_LABELS,
  type MaxDistance,
  PURPOSE_LABELS,
  type Purpose,
} from "@/lib/referral-labels";
import {
  type FactField,
  type NeedField,
  parseNeedKey,
  type ReferralFieldKey,
  SECTIONS,
} from "@/features/referrals/api/referral-fields";
import type { Referral } from "@/features/referrals/api/referrals";

// A referral's fields in words: the form's labels, and the choice between two people's versions.

export const FACT_LABELS = {
  purpose: "Kind of placement",
  needed_by: "Needed by",
  siblings: "Brothers and sisters to be placed together",
  location_preferences: "Location preferences",
  max_distance: "How far from the child’s home area",
  what_helps: "What helps",
  budget_weekly_pence: "Budget guidance, pounds a week (optional)",
  contact_arrangements: "Contact arrangements",
} as const satisfies Record<FactField, string>;

export const SECTIONS_LABEL = "Which of the young person’s words to include";

/** "What the need in physical health looks like", "Strength in physical health". */
export function needLabel(domainName: string, field: NeedField): string {
  const domain = domainName.toLowerCase();
  return field === "needs_text" ? `What the need in ${domain} looks like` : `Strength in ${domain}`;
}

export function fieldName(referral: Referral, key: ReferralFieldKey): string {
  if (key === SECTIONS) return SECTIONS_LABEL;
  const need = parseNeedKey(key);
  if (!need) return FACT_LABELS[key as FactField];
  const domain = referral.needs.find((item) => item.domain_key === need.domain);
  return needLabel(domain?.domain_name ?? need.domain, need.field);
}

/** A field's value as the person chose it: a label, a date, an amount, headings, or the text. */
export function fieldValueText(referral: Referral, key: ReferralFieldKey, value: FieldValue) {
  if (isChoices(value)) {
    return referral.young_person_words
      .filter((words) => value.includes(words.section))
      .map((words) => words.heading)
      .join("; ");
  }
  if (key === "purpose") return PURPOSE_LABELS[value as Purpose];
  if (key === "max_distance") return MAX_DISTANCE_LABELS[value as MaxDistance];
  if (key === "needed_by" && typeof value === "string") return formatDate(value);
  if (key === "budget_weekly_pence" && typeof value === "number") return formatWeeklyFee(value);
  if (key === "siblings" && value === 0) return "None";
  return String(value);
}
