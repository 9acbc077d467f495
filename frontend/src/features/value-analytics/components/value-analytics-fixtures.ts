import type {
  CohortComparison,
  EdgeOfCare,
  ScoreDistribution,
  ValueSummary,
} from "@/features/value-analytics/api/analytics";
import type { WeeklyCosts } from "@/features/value-analytics/api/weekly-costs";

export const DISTRIBUTION: ScoreDistribution = {
  count: 12,
  mean: 44.2,
  median: 42.5,
  lower_quartile: 30,
  upper_quartile: 58.25,
  minimum: 12,
  maximum: 91,
  suppressed: false,
};

export const WITHHELD: ScoreDistribution = {
  count: null,
  mean: null,
  median: null,
  lower_quartile: null,
  upper_quartile: null,
  minimum: null,
  maximum: null,
  suppressed: true,
};

export const COHORT_COMPARISON: CohortComparison = {
  as_of: "2026-12-01",
  group_by: "team",
  overall: { ...DISTRIBUTION, count: 15 },
  groups: [
    { key: "5d1c3a52-2f40-4a0e-8f7a-0c6f3b6a0002", label: "East Team", distribution: WITHHELD },
    {
      key: "5d1c3a52-2f40-4a0e-8f7a-0c6f3b6a0001",
      label: "North Team",
      distribution: DISTRIBUTION,
    },
  ],
  suppression_threshold: 5,
};

export const VALUE_SUMMARY: ValueSummary = {
  as_of: "2026-12-01",
  children_in_care: 42,
  children_assessed: 30,
  children_with_weekly_cost: 28,
  children_edge_of_care: null,
  total_weekly_spend_pence: 12_345_678,
  total_annual_spend_pence: 641_975_256,
  mean_score: 47.25,
  cost_per_need_point_pence: 9_321,
  step_down_children_proposed: 6,
  step_down_annual_saving_pence: 98_800_001,
  suppressed: true,
  suppression_threshold: 5,
};

export const EDGE_OF_CARE: EdgeOfCare = {
  as_of: "2026-12-01",
  children: 9,
  children_not_assessed: null,
  suppressed: true,
  scores: DISTRIBUTION,
  likely_placements: [
    {
      placement_type: "K2",
      placement_label: "Children's home",
      children: null,
      weekly_cost_pence: 450_000,
      basis: "default",
      one_month_pence: null,
      suppressed: true,
    },
    {
      placement_type: "U4",
      placement_label: "Foster placement with other foster carer",
      children: 6,
      weekly_cost_pence: 55_000,
      basis: "council",
      one_month_pence: 1_430_000,
      suppressed: false,
    },
  ],
  one_month_delay_pence: 2_405_000,
  suppression_threshold: 5,
};

export const WEEKLY_COSTS: WeeklyCosts = {
  costs: [
    {
      placement_type: "K2",
      placement_label: "Children's home",
      weekly_cost_pence: 450_000,
      basis: "default",
    },
    {
      placement_type: "U4",
      placement_label: "Foster placement with other foster carer",
      weekly_cost_pence: 55_000,
      basis: "council",
    },
  ],
};
