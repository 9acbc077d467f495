import { BarChart } from "@/components/charts/BarChart";
import { FigureTable } from "@/components/table/FigureTable";
import {
  csvHref,
  type DistanceFromHome,
  type DistanceFromHomeRow,
  distanceFromHomeQueryOptions,
} from "@/features/value-analytics/api/analytics";
import type { NeedVsSpendFilters } from "@/features/value-analytics/api/need-vs-spend";
import { AnalyticResult } from "./AnalyticResult";
import { ChartWithTable } from "./ChartWithTable";
import { WithheldNote, WithheldNotice } from "./Withheld";
import { countText, figureText } from "./withheld-text";

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

function labelOf(row: DistanceFromHomeRow): string {
  return row.placement_type === null
    ? "All placements"
    : `${row.placement_type} – ${row.placement_label}`;
}

function Distances({ data, filters }: { data: DistanceFromHome; filters: NeedVsSpendFilters }) {
  const threshold = data.suppression_threshold;
  if (data.overall.suppressed && data.overall.children === null) {
    return (
      <WithheldNotice threshold={threshold} what="in a current placement match these filters" />
    );
  }
  if (data.overall.children === 0) {
    return (
      <p className="govuk-body">No child in care matches these filters with a current placement.</p>
    );
  }
  const rows = [...data.by_placement_type, data.overall];
  const count = (value: number | null) => countText(value, threshold);
  return (
    <>
      <ChartWithTable
        chart={
          <BarChart
            title="Share of children placed more than 20 miles from home, by placement type"
            description="One bar per placement type and one for all placements: the share of those with a known distance. The table gives the same figures."
            bars={rows.map((row) => ({
              key: row.placement_type ?? "all",
              label: row.placement_type ?? "All placements",
              value: row.share_over_20_miles,
              valueText: figureText(row.share_over_20_miles, percent),
            }))}
          />
        }
        table={
          <FigureTable
            caption="Children placed more than 20 miles from home"
            headings={[
              "Placement type",
              "Children",
              "Over 20 miles",
              "Within 20 miles",
              "Distance unknown",
              "Share over 20 miles",
            ]}
            rows={rows.map((row) => ({
              key: row.placement_type ?? "all",
              label: labelOf(row),
              figures: [
                count(row.children),
                count(row.over_20_miles),
                count(row.within_20_miles),
                count(row.distance_unknown),
                figureText(row.share_over_20_miles, percent),
              ],
            }))}
          />
        }
        csvHref={csvHref("distance-from-home", filters)}
      />
      {rows.some((row) => row.suppressed) ? <WithheldNote threshold={threshold} /> : null}
    </>
  );
}

/** How many children live more than 20 miles from home, per placement type. */
export function DistanceFromHomeReport({ filters }: { filters: NeedVsSpendFilters }) {
  return (
    <AnalyticResult
      options={distanceFromHomeQueryOptions(filters)}
      loading="Measuring distances…"
      name="Distance from home"
    >
      {(data) => <Distances data={data} filters={filters} />}
    </AnalyticResult>
  );
}
