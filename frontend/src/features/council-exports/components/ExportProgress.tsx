import type { CouncilExport } from "@/features/council-exports/api/council-exports";

/** How far a running export has got, as a bar and in words, announced politely. */
export function ExportProgress({ job }: { job: CouncilExport }) {
  const known = job.tables_total > 0;
  const words =
    job.stage && known
      ? `Writing ${job.stage.replaceAll("_", " ")}: table ${String(job.tables_done + 1)} of ${String(job.tables_total)}.`
      : "Waiting for the export to start.";
  return (
    <div className="govuk-inset-text" role="status">
      <h2 className="govuk-heading-s">Exporting the council’s records</h2>
      <progress
        className="app-progress"
        aria-label="Export progress"
        max={known ? job.tables_total : undefined}
        value={known ? job.tables_done : undefined}
      />
      <p className="govuk-body govuk-!-margin-bottom-0">{words}</p>
    </div>
  );
}
