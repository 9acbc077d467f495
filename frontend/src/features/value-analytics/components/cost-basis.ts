import type { components } from "@/api/schema";

/** Where a weekly cost comes from, in words. */
export const BASIS_LABELS: Record<components["schemas"]["WeeklyCostRead"]["basis"], string> = {
  council: "the council’s own",
  default: "indicative default",
};
