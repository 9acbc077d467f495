import { FigureTable } from "@/components/table/FigureTable";
import type { LabelledDistribution } from "./distribution-rows";
import { countText, figureText } from "./withheld-text";

interface DistributionTableProps {
  caption: string;
  /** The heading of the first column, e.g. "Team". */
  groupHeading: string;
  rows: readonly LabelledDistribution[];
  threshold: number;
}

const score = (value: number) => value.toFixed(1);

/** Weighted needs score distributions as a table: one row per group. */
export function DistributionTable({
  caption,
  groupHeading,
  rows,
  threshold,
}: DistributionTableProps) {
  return (
    <FigureTable
      caption={caption}
      headings={[
        groupHeading,
        "Children",
        "Lowest",
        "Lower quartile",
        "Median",
        "Upper quartile",
        "Highest",
        "Mean",
      ]}
      rows={rows.map(({ key, label, distribution: d }) => ({
        key,
        label,
        figures: [
          countText(d.count, threshold),
          ...[d.minimum, d.lower_quartile, d.median, d.upper_quartile, d.maximum, d.mean].map(
            (value) => figureText(value, score),
          ),
        ],
      }))}
    />
  );
}
