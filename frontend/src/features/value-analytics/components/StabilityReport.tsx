import { BarChart } from "@/components/charts/BarChart";
import { FigureTable } from "@/components/table/FigureTable";
import {
  csvHref,
  type MoveRate,
  type Stability,
  stabilityQueryOptions,
} from "@/features/value-analytics/api/analytics";
import type { NeedVsSpendFilters } from "@/features/value-analytics/api/need-vs-spend";
import { AnalyticResult } from "./AnalyticResult";
import { ChartWithTable } from "./ChartWithTable";
import { WithheldNote } from "./Withheld";
import { countText } from "./withheld-text";

interface RateRow {
  key: string;
  label: string;
  rate: MoveRate;
}

interface RateChartProps {
  title: string;
  heading: string;
  rows: readonly RateRow[];
  csv: string;
  threshold: number;
}

function RateChart({ title, heading, rows, csv, threshold }: RateChartProps) {
  const figure = (value: number | null) => countText(value, threshold);
  return (
    <ChartWithTable
      chart={
        <BarChart
          title={title}
          description="One bar per row: moves per child per year. The table gives the same figures."
          bars={rows.map(({ key, label, rate }) => ({
            key,
            label,
            value: rate.moves_per_child,
            valueText: rate.moves_per_child === null ? "withheld" : rate.moves_per_child.toFixed(2),
          }))}
        />
      }
      table={
        <FigureTable
          caption={title}
          headings={[heading, "Child-years", "Moves", "Moves per child per year"]}
          rows={rows.map(({ key, label, rate }) => ({
            key,
            label,
            figures: [
              figure(rate.child_years),
              figure(rate.moves),
              rate.moves_per_child === null ? "withheld" : rate.moves_per_child.toFixed(2),
            ],
          }))}
        />
      }
      csvHref={csv}
    />
  );
}

function Moves({ data, filters }: { data: Stability; filters: NeedVsSpendFilters }) {
  const threshold = data.suppression_threshold;
  const csv = csvHref("stability", filters);
  const withheld = [...data.by_year, ...data.by_score_band, ...data.by_reason].some(
    (row) => row.suppressed,
  );
  return (
    <>
      <h2 className="govuk-heading-m">By year</h2>
      <RateChart
        title="Placement moves per child per year"
        heading="Year"
        rows={data.by_year.map((rate) => ({
          key: String(rate.year),
          label: String(rate.year),
          rate,
        }))}
        csv={csv}
        threshold={threshold}
      />
      <h2 className="govuk-heading-m">By needs score band</h2>
      <RateChart
        title="Placement moves per child per year, by needs score band"
        heading="Weighted needs score"
        rows={data.by_score_band.map((rate) => ({
          key: rate.score_band ?? "none",
          label: rate.score_band ?? "Not assessed",
          rate,
        }))}
        csv={csv}
        threshold={threshold}
      />
      <h2 className="govuk-heading-m">Why children moved</h2>
      {data.by_reason.length === 0 ? (
        <p className="govuk-body">No placement ended with a move in these years.</p>
      ) : (
        <ChartWithTable
          chart={
            <BarChart
              title="Placement moves by reason"
              description="One bar per SSDA903 reason for the change of placement. The table gives the same figures."
              bars={data.by_reason.map((row) => ({
                key: row.reason,
                label: row.label,
                value: row.suppressed ? null : row.moves,
                valueText: countText(row.moves, threshold),
              }))}
            />
          }
          table={
            <FigureTable
              caption="Placement moves by reason"
              headings={["Reason", "Moves"]}
              rows={data.by_reason.map((row) => ({
                key: row.reason,
                label: `${row.reason} – ${row.label}`,
                figures: [countText(row.moves, threshold)],
              }))}
            />
          }
          csvHref={csv}
        />
      )}
      {withheld ? <WithheldNote threshold={threshold} /> : null}
    </>
  );
}

/** How often children move placement, why, and whether it follows their needs. */
export function StabilityReport({ filters }: { filters: NeedVsSpendFilters }) {
  return (
    <AnalyticResult
      options={stabilityQueryOptions(filters)}
      loading="Counting placement moves…"
      name="Stability"
    >
      {(data) => <Moves data={data} filters={filters} />}
    </AnalyticResult>
  );
}
