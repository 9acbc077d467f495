import { formatPence, formatWeeklyFee } from "@/lib/money";
import type { CostKind, CostRecord, Funder } from "@/features/costs/api/costs";

/** How each kind of cost and each funder is named; `satisfies` fails when the API adds one. */
export const KIND_LABELS = {
  placement: "Placement fee",
  therapy: "Therapy",
  education_support: "Education support",
  transport: "Transport",
  other: "Other support",
} as const satisfies Record<CostKind, string>;

export const FUNDER_LABELS = {
  social_care: "Social care",
  health: "Health",
  education: "Education",
} as const satisfies Record<Funder, string>;

/** "£625.50 a week" or "£300.00 once". */
export function amountText(record: Pick<CostRecord, "amount_pence" | "frequency">): string {
  return record.frequency === "weekly"
    ? formatWeeklyFee(record.amount_pence)
    : `${formatPence(record.amount_pence)} once`;
}
