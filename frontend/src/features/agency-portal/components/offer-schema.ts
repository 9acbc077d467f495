import { z } from "zod";

import { isoDateOf, requiredDate } from "@/lib/date-parts";
import { poundsToPence } from "@/lib/money";
import type { OfferCreate } from "@/features/agency-portal/api/partner";

export const offerSchema = z.object({
  household_reference: z.string().trim().min(1, "Enter your reference for the household").max(40),
  household_postcode_sector: z.string().trim().max(10, "Enter a postcode sector like NE1 4"),
  capacity: z.record(z.string(), z.string().regex(/^[0-4]$/, "Select a level")),
  // Typed in pounds; named as the API names it, so its field errors land on this field.
  weekly_fee_pence: z
    .string()
    .refine(
      (text) => poundsToPence(text) !== undefined,
      "Enter the weekly fee in pounds, like 895",
    ),
  available_from: requiredDate("The date the household is available"),
  message: z.string().max(4000, "The message must be 4,000 characters or fewer"),
});
export type OfferValues = z.infer<typeof offerSchema>;

/** The form's values as the partner API's body (validated first, so every part parses). */
export function offerBody(values: OfferValues): OfferCreate {
  return {
    household_reference: values.household_reference.trim(),
    household_postcode_sector: values.household_postcode_sector.trim() || null,
    capacity: Object.fromEntries(
      Object.entries(values.capacity).map(([key, level]) => [key, Number(level)]),
    ),
    weekly_fee_pence: poundsToPence(values.weekly_fee_pence) ?? 0,
    available_from: isoDateOf(values.available_from) ?? "",
    message: values.message,
  };
}
