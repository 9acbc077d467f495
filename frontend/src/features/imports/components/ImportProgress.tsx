interface ImportProgressProps {
  /** What the import is doing now (checking rows, placing postcodes, writing), when known. */
  stage?: string | null;
  /** How much of the stage is done, out of how much; unknown while the files are being sent. */
  done?: number;
  total?: number;
}

/** How far an import has got, as a bar and in words, announced politely. */
export function ImportProgress({ stage, done, total }: ImportProgressProps) {
  const known = done !== undefined && total !== undefined && total > 0;
  let words = "Sending the files. Large returns take up to half a minute.";
  if (stage === undefined || stage === null) {
    if (done !== undefined) words = "Waiting for the import to start.";
  } else {
    words = known
      ? `${stage}: ${done.toLocaleString("en-GB")} of ${total.toLocaleString("en-GB")}.`
      : `${stage}.`;
  }
  return (
    <div className="govuk-inset-text" role="status">
      <h2 className="govuk-heading-s">Importing the return</h2>
      <progress
        className="app-progress"
        aria-label="Import progress"
        max={known ? total : undefined}
        value={known ? done : undefined}
      />
      <p className="govuk-body govuk-!-margin-bottom-0">{words}</p>
    </div>
  );
}
