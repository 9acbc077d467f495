import type { AssessmentStatus } from "@/features/assessments/api/assessments";

export const STATUS_LABELS = {
  draft: "Draft",
  submitted: "Waiting for approval",
  returned: "Returned for changes",
  approved: "Approved",
} as const satisfies Record<AssessmentStatus, string>;

/** GOV.UK tag colours; the words carry the meaning, the colour only helps. */
export const STATUS_TAGS = {
  draft: "govuk-tag--grey",
  submitted: "govuk-tag--blue",
  returned: "govuk-tag--orange",
  approved: "govuk-tag--green",
} as const satisfies Record<AssessmentStatus, string>;

/** Statuses in which an assessment is still being written (and can be edited). */
export const OPEN_STATUSES: readonly AssessmentStatus[] = ["draft", "returned"];
