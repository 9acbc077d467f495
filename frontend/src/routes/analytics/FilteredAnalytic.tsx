import type { ComponentType } from "react";

import type { NeedVsSpendFilters } from "@/features/value-analytics/api/need-vs-spend";
import { AnalyticLayout } from "./AnalyticLayout";
import { useCohortFilters } from "./use-cohort-filters";

interface FilteredAnalyticProps {
  path: string;
  title: string;
  intro: string;
  report: ComponentType<{ filters: NeedVsSpendFilters }>;
}

/** An analytics page whose cohort filters are kept in the address, above its report. */
export function FilteredAnalytic({ path, title, intro, report: Report }: FilteredAnalyticProps) {
  const { filters, form } = useCohortFilters(path);
  return (
    <AnalyticLayout title={title} intro={intro}>
      {form}
      <Report filters={filters} />
    </AnalyticLayout>
  );
}
