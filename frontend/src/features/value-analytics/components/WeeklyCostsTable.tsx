import { FigureTable } from "@/components/table/FigureTable";
import { formatWeeklyFee } from "@/lib/money";
import type { WeeklyCosts } from "@/features/value-analytics/api/weekly-costs";
import { BASIS_LABELS } from "./cost-basis";

/** The weekly cost each placement type is assumed to cost, and where it comes from. */
export function WeeklyCostsTable({ costs }: { costs: WeeklyCosts["costs"] }) {
  return (
    <FigureTable
      caption="Weekly costs assumed"
      headings={["Placement type", "Weekly cost", "Source"]}
      rows={costs.map((cost) => ({
        key: cost.placement_type,
        label: `${cost.placement_type} – ${cost.placement_label}`,
        figures: [formatWeeklyFee(cost.weekly_cost_pence), BASIS_LABELS[cost.basis]],
      }))}
    />
  );
}
