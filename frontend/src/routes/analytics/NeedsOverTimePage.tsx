import { NeedsOverTimeReport } from "@/features/value-analytics/components/NeedsOverTimeReport";
import { FilteredAnalytic } from "./FilteredAnalytic";

export function NeedsOverTimePage() {
  return (
    <FilteredAnalytic
      path="/analytics/needs-over-time"
      title="Needs over time"
      intro="How the needs of children in care change: per quarter, the average level of need in each domain of their latest approved assessment in it."
      report={NeedsOverTimeReport}
    />
  );
}
