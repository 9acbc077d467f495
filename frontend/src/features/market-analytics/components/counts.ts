import { formatPence } from "@/lib/money";

/** How a count withheld to protect children's privacy is shown. */
export const SUPPRESSED_TEXT = "fewer than 5";

/** A count, or "fewer than 5" when the API withheld it (null) to avoid identifying children. */
export function countText(count: number | null): string {
  return count === null ? SUPPRESSED_TEXT : count.toLocaleString("en-GB");
}

/** Money in pence, or that it is withheld with the count it comes from. */
export function moneyText(pence: number | null): string {
  return pence === null ? "Withheld (fewer than 5 children)" : formatPence(pence);
}
