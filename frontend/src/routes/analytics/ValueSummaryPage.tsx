import { ValueSummaryReport } from "@/features/value-analytics/components/ValueSummaryReport";
import { AnalyticLayout } from "./AnalyticLayout";

export function ValueSummaryPage() {
  return (
    <AnalyticLayout
      title="Value summary"
      intro="What the council spends on children in care, how much they need, and what stepping children down to families could save. Money is exact to the penny."
    >
      <ValueSummaryReport />
    </AnalyticLayout>
  );
}
