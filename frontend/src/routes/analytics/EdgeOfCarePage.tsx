import { EdgeOfCareReport } from "@/features/value-analytics/components/EdgeOfCareReport";
import { WeeklyCostsSection } from "@/features/value-analytics/components/WeeklyCostsSection";
import { useAccount } from "@/features/session/api/me";
import { can } from "@/lib/can";
import { AnalyticLayout } from "./AnalyticLayout";
import { useCohortFilters } from "./use-cohort-filters";

export function EdgeOfCarePage() {
  const me = useAccount();
  const { filters, form } = useCohortFilters("/analytics/edge-of-care");
  return (
    <AnalyticLayout
      title="Edge of care"
      intro="Children on the edge of care, profiled by their needs, and what delaying their entry to care by one month is worth, at the council’s weekly cost of the placement they would likely need."
    >
      {can(me, "analytics.value") ? (
        <>
          {form}
          <EdgeOfCareReport filters={filters} />
        </>
      ) : null}
      <WeeklyCostsSection canChange={can(me, "analytics.cost_assumptions.manage")} />
    </AnalyticLayout>
  );
}
