import type { BulkLoad } from "@/features/bulk-loads/api/bulk-loads";

/** How far the worker has got with a preview or a load, as a bar and in words, politely. */
export function LoadProgress({ load }: { load: BulkLoad }) {
  const what = load.status === "loading" ? "Loading the file" : "Checking the file";
  const known = load.rows_total > 0 && load.stage !== null;
  const words = load.stage
    ? `${load.stage}: ${load.rows_total.toLocaleString("en-GB")} rows.`
    : "Waiting for the worker to start.";
  return (
    <div className="govuk-inset-text" role="status">
      <h2 className="govuk-heading-s">{what}</h2>
      <progress
        className="app-progress"
        aria-label={`${what}: progress`}
        max={known ? load.rows_total : undefined}
        value={known ? load.rows_processed : undefined}
      />
      <p className="govuk-body govuk-!-margin-bottom-0">{words}</p>
    </div>
  );
}
