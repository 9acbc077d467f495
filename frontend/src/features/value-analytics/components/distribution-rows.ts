import type { BoxRow } from "@/components/charts/BoxPlot";
import type { ScoreDistribution } from "@/features/value-analytics/api/analytics";

/** A labelled score distribution: a group of a cohort comparison, or everyone together. */
export interface LabelledDistribution {
  key: string;
  label: string;
  distribution: ScoreDistribution;
}

/** A distribution as a box plot's row: no box when it is withheld or has no scores. */
export function boxRowOf({ key, label, distribution }: LabelledDistribution): BoxRow {
  const { minimum, lower_quartile, median, upper_quartile, maximum } = distribution;
  if (
    distribution.suppressed ||
    minimum === null ||
    lower_quartile === null ||
    median === null ||
    upper_quartile === null ||
    maximum === null
  ) {
    return { key, label, box: null, valueText: distribution.suppressed ? "withheld" : "no scores" };
  }
  return {
    key,
    label,
    box: { minimum, lowerQuartile: lower_quartile, median, upperQuartile: upper_quartile, maximum },
    valueText: `median ${median.toFixed(1)}`,
  };
}
