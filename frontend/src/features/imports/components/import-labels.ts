import type { ImportJob } from "../api/imports";

/** How an import's status is named, and the GOV.UK tag colour for it. */
export const STATUS_TAGS = {
  queued: { text: "Waiting to start", className: "govuk-tag govuk-tag--grey" },
  running: { text: "Running", className: "govuk-tag govuk-tag--blue" },
  succeeded: { text: "Imported", className: "govuk-tag govuk-tag--green" },
  rejected: { text: "Nothing imported", className: "govuk-tag govuk-tag--red" },
  failed: { text: "Failed", className: "govuk-tag govuk-tag--red" },
} as const satisfies Record<ImportJob["status"], { text: string; className: string }>;
