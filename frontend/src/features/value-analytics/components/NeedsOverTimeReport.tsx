import { HeatGrid } from "@/components/charts/HeatGrid";
import { FigureTable } from "@/components/table/FigureTable";
import {
  csvHref,
  type NeedsOverTime,
  needsOverTimeQueryOptions,
} from "@/features/value-analytics/api/analytics";
import type { NeedVsSpendFilters } from "@/features/value-analytics/api/need-vs-spend";
import { AnalyticResult } from "./AnalyticResult";
import { ChartWithTable } from "./ChartWithTable";
import { WithheldNote } from "./Withheld";
import { countText } from "./withheld-text";

const HIGHEST_LEVEL = 4;

/** A domain's average level in a quarter as written: "2.35", or "withheld". */
function levelText(level: number | null, suppressed: boolean): string {
  if (suppressed) return "withheld";
  return level === null ? "none" : level.toFixed(2);
}

function Table({ data }: { data: NeedsOverTime }) {
  const domains = data.quarters[0]?.domains ?? [];
  return (
    <FigureTable
      caption="Average need level per domain per quarter"
      headings={["Quarter", "Children", ...domains.map((domain) => domain.domain_name)]}
      rows={data.quarters.map((quarter) => ({
        key: quarter.quarter,
        label: quarter.quarter,
        figures: [
          countText(quarter.children, data.suppression_threshold),
          ...quarter.domains.map((domain) => levelText(domain.mean_level, domain.suppressed)),
        ],
      }))}
    />
  );
}

function Trend({ data, filters }: { data: NeedsOverTime; filters: NeedVsSpendFilters }) {
  if (data.quarters.length === 0) {
    return (
      <p className="govuk-body">
        No child in care who matches these filters has an approved assessment yet.
      </p>
    );
  }
  const domains = data.quarters[0]?.domains ?? [];
  const withheld = data.quarters.some(
    (quarter) => quarter.suppressed || quarter.domains.some((domain) => domain.suppressed),
  );
  return (
    <>
      <ChartWithTable
        chart={
          <HeatGrid
            title="Average need level per domain per quarter"
            description="One row per domain, one column per quarter; the darker the cell, the higher the average level (0 to 4). The table gives the same figures."
            rowLabels={domains.map((domain) => domain.domain_name)}
            columnLabels={data.quarters.map((quarter) => quarter.quarter)}
            cells={domains.map((_, row) =>
              data.quarters.map((quarter) => {
                const domain = quarter.domains[row];
                const suppressed = quarter.suppressed || (domain?.suppressed ?? true);
                const level = domain?.mean_level ?? null;
                return {
                  intensity: suppressed || level === null ? null : level / HIGHEST_LEVEL,
                  text: levelText(level, suppressed),
                };
              }),
            )}
          />
        }
        table={<Table data={data} />}
        csvHref={csvHref("needs-over-time", filters)}
      />
      {withheld ? <WithheldNote threshold={data.suppression_threshold} /> : null}
    </>
  );
}

/** How the cohort's needs move: the average level per domain per quarter. */
export function NeedsOverTimeReport({ filters }: { filters: NeedVsSpendFilters }) {
  return (
    <AnalyticResult
      options={needsOverTimeQueryOptions(filters)}
      loading="Averaging needs by quarter…"
      name="Needs over time"
    >
      {(data) => <Trend data={data} filters={filters} />}
    </AnalyticResult>
  );
}
