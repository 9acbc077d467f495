import { groupingFrom } from "@/features/value-analytics/api/analytics";
import { CohortComparisonReport } from "@/features/value-analytics/components/CohortComparisonReport";
import { AnalyticLayout } from "./AnalyticLayout";
import { useCohortFilters } from "./use-cohort-filters";

const PATH = "/analytics/cohort-comparison";

export function CohortComparisonPage() {
  const { params, filters, form, go } = useCohortFilters(PATH, ["group_by"]);
  const groupBy = groupingFrom(params);
  return (
    <AnalyticLayout
      title="Cohort comparison"
      intro="How the weighted needs scores of children in care are spread in each team, sex, age band, ethnicity or placement type: a team that scores need differently stands out."
    >
      {form}
      <CohortComparisonReport
        filters={filters}
        groupBy={groupBy}
        onGroup={(next) => {
          go(filters, { group_by: next });
        }}
      />
    </AnalyticLayout>
  );
}
