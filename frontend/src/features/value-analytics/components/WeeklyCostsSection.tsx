import { weeklyCostsQueryOptions } from "@/features/value-analytics/api/weekly-costs";
import { AnalyticResult } from "./AnalyticResult";
import { WeeklyCostsForm } from "./WeeklyCostsForm";
import { WeeklyCostsTable } from "./WeeklyCostsTable";

/** The weekly costs the estimate assumes; admins may change them. */
export function WeeklyCostsSection({ canChange }: { canChange: boolean }) {
  return (
    <AnalyticResult
      options={weeklyCostsQueryOptions}
      loading="Loading the weekly costs…"
      name="Weekly costs"
    >
      {(data) => (
        <>
          <WeeklyCostsTable costs={data.costs} />
          {canChange ? <WeeklyCostsForm key={JSON.stringify(data)} costs={data.costs} /> : null}
        </>
      )}
    </AnalyticResult>
  );
}
