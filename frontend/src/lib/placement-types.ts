import type { components } from "@/api/schema";

export type PlacementType = components["schemas"]["PlacementType"];

/**
 * The types of placement a household is approved for and a match asks for, as people name
 * them; `satisfies` fails the build when the API adds one.
 */
export const PLACEMENT_TYPE_LABELS = {
  emergency: "Emergency",
  short_term: "Short-term",
  long_term: "Long-term",
  respite: "Respite and short breaks",
  parent_and_child: "Parent and child",
  siblings: "Siblings",
  kinship: "Kinship",
} as const satisfies Record<PlacementType, string>;

export const PLACEMENT_TYPES = Object.keys(PLACEMENT_TYPE_LABELS) as readonly PlacementType[];
