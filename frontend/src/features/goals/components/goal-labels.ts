import type { GoalStatus } from "@/features/goals/api/goals";

export const GOAL_STATUS_LABELS = {
  not_started: "Not started",
  in_progress: "In progress",
  achieved: "Achieved",
  stopped: "Stopped",
} as const satisfies Record<GoalStatus, string>;

/** GOV.UK tag colours; the words carry the meaning, the colour only helps. */
export const GOAL_STATUS_TAGS = {
  not_started: "govuk-tag--grey",
  in_progress: "govuk-tag--blue",
  achieved: "govuk-tag--green",
  stopped: "govuk-tag--orange",
} as const satisfies Record<GoalStatus, string>;
