import { PLACEMENT_TYPES, type PlacementType } from "@/lib/placement-types";

export const DEFAULT_PLACEMENT_TYPE: PlacementType = "long_term";

/** The approval sought, from the page address (`?placement_type=`); long-term by default. */
export function placementTypeFrom(params: URLSearchParams): PlacementType {
  const value = params.get("placement_type");
  return PLACEMENT_TYPES.find((type) => type === value) ?? DEFAULT_PLACEMENT_TYPE;
}

/** The page address for an approval sought: nothing for the default. */
export function searchForPlacementType(type: PlacementType): string {
  return type === DEFAULT_PLACEMENT_TYPE ? "" : `?placement_type=${type}`;
}
