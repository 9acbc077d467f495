interface ImportProgressProps {
  /** Rows checked so far and out of how many; unknown while the files are still being sent. */
  done?: number;
  total?: number;
}

/** How far an import has got, as a bar and in words, announced politely. */
export function ImportProgress({ done, total }: ImportProgressProps) {
  const known = done !== undefined && total !== undefined && total > 0;
  return (
    <div className="govuk-inset-text" role="status">
      <h2 className="govuk-heading-s">Importing the return</h2>
      <progress
        className="app-progress"
        aria-label="Import progress"
        max={known ? total : undefined}
        value={known ? done : undefined}
      />
      <p className="govuk-body govuk-!-margin-bottom-0">
        {known
          ? `${done.toLocaleString("en-GB")} of ${total.toLocaleString("en-GB")} rows checked.`
          : "Sending the files and checking every row. Large returns take up to half a minute."}
      </p>
    </div>
  );
}
