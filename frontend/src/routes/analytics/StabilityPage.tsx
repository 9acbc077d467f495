import { StabilityReport } from "@/features/value-analytics/components/StabilityReport";
import { FilteredAnalytic } from "./FilteredAnalytic";

export function StabilityPage() {
  return (
    <FilteredAnalytic
      path="/analytics/stability"
      title="Stability"
      intro="How often children move placement, why they moved (the SSDA903 reason for the change), and whether children with more need move more."
      report={StabilityReport}
    />
  );
}
