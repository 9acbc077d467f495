import type { ImportJob } from "@/features/imports/api/imports";

/** How an import's status is named, and the GOV.UK tag colour for it. */
export const STATUS_TAGS = {
  queued: { text: "Waiting to start", className: "govuk-tag govuk-tag--grey" },
  running: { text: "Running", className: "govuk-tag govuk-tag--blue" },
  succeeded: { text: "Imported", className: "govuk-tag govuk-tag--green" },
  rejected: { text: "Nothing imported", className: "govuk-tag govuk-tag--red" },
  failed: { text: "Failed", className: "govuk-tag govuk-tag--red" },
} as const satisfies Record<ImportJob["status"], { text: string; className: string }>;

/** A preview that ran to its end (its status is `succeeded`, but nothing was imported). */
export const PREVIEWED_TAG = { text: "Preview ready", className: "govuk-tag govuk-tag--blue" };

/** The tag of a job: a preview that ran to its end is not "Imported". */
export function statusTag(job: Pick<ImportJob, "status" | "dry_run">) {
  return job.dry_run && job.status === "succeeded" ? PREVIEWED_TAG : STATUS_TAGS[job.status];
}
