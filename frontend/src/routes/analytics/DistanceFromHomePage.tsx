import { DistanceFromHomeReport } from "@/features/value-analytics/components/DistanceFromHomeReport";
import { FilteredAnalytic } from "./FilteredAnalytic";

export function DistanceFromHomePage() {
  return (
    <FilteredAnalytic
      path="/analytics/distance-from-home"
      title="Distance from home"
      intro="How many children are placed more than 20 miles from home (a statutory indicator), per placement type."
      report={DistanceFromHomeReport}
    />
  );
}
