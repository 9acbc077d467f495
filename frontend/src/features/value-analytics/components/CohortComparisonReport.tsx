import type { SubmitEvent } from "react";

import { BoxPlot } from "@/components/charts/BoxPlot";
import { Select } from "@/components/forms/Select";
import {
  type CohortComparison,
  type CohortGrouping,
  cohortComparisonQueryOptions,
  csvHref,
  GROUPINGS,
} from "@/features/value-analytics/api/analytics";
import type { NeedVsSpendFilters } from "@/features/value-analytics/api/need-vs-spend";
import { AnalyticResult } from "./AnalyticResult";
import { ChartWithTable } from "./ChartWithTable";
import { boxRowOf, type LabelledDistribution } from "./distribution-rows";
import { DistributionTable } from "./DistributionTable";
import { WithheldNote, WithheldNotice } from "./Withheld";

function Comparison({ data, filters }: { data: CohortComparison; filters: NeedVsSpendFilters }) {
  const threshold = data.suppression_threshold;
  if (data.overall.suppressed) {
    return <WithheldNotice threshold={threshold} what="match these filters" />;
  }
  if (data.groups.length === 0) {
    return (
      <p className="govuk-body">
        No child in care matches these filters with an approved assessment.
      </p>
    );
  }
  const grouping = GROUPINGS[data.group_by];
  const rows: LabelledDistribution[] = [
    ...data.groups.map((group) => ({
      key: group.key ?? "",
      label: group.key === null ? "Not recorded" : group.label,
      distribution: group.distribution,
    })),
    { key: "all", label: "All children", distribution: data.overall },
  ];
  return (
    <>
      <ChartWithTable
        chart={
          <BoxPlot
            title={`Weighted needs scores by ${grouping.toLowerCase()}`}
            description="Per group, a line from the lowest to the highest score, a box around the middle half and a mark at the median. The table gives the same figures."
            max={100}
            rows={rows.map(boxRowOf)}
          />
        }
        table={
          <DistributionTable
            caption={`Weighted needs scores by ${grouping.toLowerCase()}`}
            groupHeading={grouping}
            rows={rows}
            threshold={threshold}
          />
        }
        csvHref={csvHref("cohort-comparison", filters, { group_by: data.group_by })}
      />
      {rows.some((row) => row.distribution.suppressed) ? (
        <WithheldNote threshold={threshold} />
      ) : null}
    </>
  );
}

interface CohortComparisonReportProps {
  filters: NeedVsSpendFilters;
  groupBy: CohortGrouping;
  onGroup: (groupBy: CohortGrouping) => void;
}

/** How need scores are spread in each team, sex, age band, ethnicity or placement type. */
export function CohortComparisonReport({ filters, groupBy, onGroup }: CohortComparisonReportProps) {
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    onGroup(new FormData(event.currentTarget).get("group_by") as CohortGrouping);
  };
  return (
    <>
      <form className="app-filters" aria-label="Compare groups" onSubmit={submit} key={groupBy}>
        <div className="app-filters__row">
          <Select
            id="group-by"
            name="group_by"
            label="Compare by"
            defaultValue={groupBy}
            options={Object.entries(GROUPINGS).map(([value, label]) => ({ value, label }))}
          />
        </div>
        <button type="submit" className="govuk-button govuk-button--secondary">
          Compare
        </button>
      </form>
      <AnalyticResult
        options={cohortComparisonQueryOptions(filters, groupBy)}
        loading="Comparing groups…"
        name="Cohort comparison"
      >
        {(data) => <Comparison data={data} filters={filters} />}
      </AnalyticResult>
    </>
  );
}
