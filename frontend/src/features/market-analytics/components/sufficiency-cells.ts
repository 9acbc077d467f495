import type { HeatCell } from "@/components/charts/HeatGrid";
import type { SufficiencyLevel } from "@/features/market-analytics/api/analytics";
import { countText } from "./counts";

/**
 * How hard a level is pressed: children needing it per place able to meet it, as 0–1
 * (1: at least as many children as places). Withheld counts are unknown (null).
 */
export function pressure(level: SufficiencyLevel): number | null {
  if (level.children === null) return null;
  if (level.children === 0) return 0;
  if (level.places === 0) return 1;
  return Math.min(1, level.children / level.places);
}

/** One level of one domain on the heat grid: "children / places", a gap outlined. */
export function sufficiencyCell(level: SufficiencyLevel): HeatCell {
  const shortfall = level.places_gap !== null && level.places_gap > 0;
  return {
    intensity: pressure(level),
    text:
      level.children === null
        ? `<5 / ${level.places.toLocaleString("en-GB")}`
        : `${countText(level.children)} / ${level.places.toLocaleString("en-GB")}`,
    emphasis: shortfall,
  };
}

/** "Shortfall of 12 places", "12 places to spare", or withheld with the count. */
export function gapText(level: SufficiencyLevel): string {
  if (level.places_gap === null) return "Withheld";
  if (level.places_gap > 0) return `Shortfall of ${level.places_gap.toLocaleString("en-GB")}`;
  if (level.places_gap === 0) return "Just enough";
  return `${(-level.places_gap).toLocaleString("en-GB")} to spare`;
}
