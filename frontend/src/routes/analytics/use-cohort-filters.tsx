import { useQuery } from "@tanstack/react-query";
import { useNavigate, useSearchParams } from "react-router";

import { teamsQueryOptions } from "@/features/admin-teams/api/teams";
import {
  filtersFrom,
  type NeedVsSpendFilters,
  searchFor,
} from "@/features/value-analytics/api/need-vs-spend";
import { NeedVsSpendFiltersForm } from "@/features/value-analytics/components/NeedVsSpendFiltersForm";

/**
 * The cohort filters of a value analytic at `path`, kept in the page address with its other
 * settings named in `keep` (e.g. a grouping): the filters chosen, their form, and `go` to show
 * other filters or settings.
 */
export function useCohortFilters(path: string, keep: readonly string[] = []) {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  // Without the teams the team filter offers "All" only; the analytic itself still loads.
  const teams = useQuery(teamsQueryOptions);
  const filters = filtersFrom(params);
  const kept: Record<string, string> = {};
  for (const name of keep) {
    const value = params.get(name);
    if (value) kept[name] = value;
  }
  const go = (next: NeedVsSpendFilters, settings: Record<string, string> = kept) => {
    void navigate(`${path}${searchFor(next, settings)}`);
  };
  const form = (
    <NeedVsSpendFiltersForm
      key={JSON.stringify(filters)}
      filters={filters}
      teams={teams.data ?? []}
      onApply={(next) => {
        go(next);
      }}
    />
  );
  return { params, filters, form, go };
}
