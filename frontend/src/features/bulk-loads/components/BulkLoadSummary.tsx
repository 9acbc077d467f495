import { Button } from "@/components/forms/Button";
import { ProblemMessage } from "@/components/states/ProblemMessage";
import { formatDateTime, pluralise } from "@/lib/format";
import { problemOf } from "@/lib/problem";
import { type BulkLoad, inProgress, useStartLoad } from "@/features/bulk-loads/api/bulk-loads";
import { LoadCountsTable } from "./LoadCountsTable";
import { LoadProgress } from "./LoadProgress";

const STATUS_WORDS: Record<BulkLoad["status"], string> = {
  previewing: "Checking",
  previewed: "Checked, not loaded yet",
  loading: "Loading",
  loaded: "Loaded",
  rejected: "Not loaded: rows have errors",
  failed: "Failed",
};

/** The two ways to load a checked file; all rows only when none has a problem. */
function LoadChoice({ load }: { load: BulkLoad }) {
  const start = useStartLoad(load.id);
  const valid = load.rows_total - load.rows_rejected;
  if (load.header_rejected) {
    return (
      <p className="govuk-body">
        The file&apos;s columns are wrong, so nothing can be loaded. Fix the header row and upload
        the file again.
      </p>
    );
  }
  return (
    <>
      {start.isError ? <ProblemMessage problem={problemOf(start.error, "The load")} /> : null}
      <div className="govuk-button-group">
        {load.errors_total === 0 ? (
          <Button
            pending={start.isPending}
            onClick={() => {
              start.mutate(false);
            }}
          >
            Load all {pluralise(load.rows_total, "row")}
          </Button>
        ) : null}
        {load.errors_total > 0 && valid > 0 ? (
          <Button
            pending={start.isPending}
            onClick={() => {
              start.mutate(true);
            }}
          >
            Load the {pluralise(valid, "valid row")} only
          </Button>
        ) : null}
      </div>
    </>
  );
}

/** A bulk load's state: progress while it runs, the preview and the choice, then the result. */
export function BulkLoadSummary({ load }: { load: BulkLoad }) {
  return (
    <>
      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">File</dt>
          <dd className="govuk-summary-list__value">{load.filename}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Status</dt>
          <dd className="govuk-summary-list__value">{STATUS_WORDS[load.status]}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Uploaded</dt>
          <dd className="govuk-summary-list__value">{formatDateTime(load.created_at)}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Rows</dt>
          <dd className="govuk-summary-list__value">
            {load.rows_total.toLocaleString("en-GB")}, of which{" "}
            {load.rows_rejected.toLocaleString("en-GB")} with problems
          </dd>
        </div>
      </dl>
      {inProgress(load) ? <LoadProgress load={load} /> : null}
      {load.ignored_columns.length > 0 ? (
        <p className="govuk-body">
          Columns left out (not columns of this kind): {load.ignored_columns.join(", ")}.
        </p>
      ) : null}
      {load.status === "failed" ? (
        <p className="govuk-body">Nothing was loaded. {load.message}</p>
      ) : null}
      {load.status === "rejected" ? (
        <p className="govuk-body">
          Nothing was loaded: rows had errors when the load ran. Fix them and upload the file again,
          or load the valid rows only.
        </p>
      ) : null}
      {load.result ? (
        <>
          <h2 className="govuk-heading-m">What the load did</h2>
          <LoadCountsTable caption="What the load did" counts={load.result} />
        </>
      ) : load.preview ? (
        <>
          <h2 className="govuk-heading-m">What loading the valid rows would do</h2>
          <LoadCountsTable caption="What loading would do" counts={load.preview} />
        </>
      ) : null}
      {load.status === "previewed" ? <LoadChoice load={load} /> : null}
    </>
  );
}
