import type { CouncilExport } from "@/features/council-exports/api/council-exports";

/** How an export's status is named, and the GOV.UK tag colour for it. */
export const STATUS_TAGS = {
  queued: { text: "Waiting to start", className: "govuk-tag govuk-tag--grey" },
  running: { text: "Writing", className: "govuk-tag govuk-tag--blue" },
  succeeded: { text: "Ready", className: "govuk-tag govuk-tag--green" },
  failed: { text: "Failed", className: "govuk-tag govuk-tag--red" },
  expired: { text: "Expired", className: "govuk-tag govuk-tag--grey" },
} as const satisfies Record<CouncilExport["status"], { text: string; className: string }>;
