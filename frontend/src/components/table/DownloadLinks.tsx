interface DownloadLinksProps {
  /** The list's export endpoint, e.g. `/api/v1/children/export`. */
  path: string;
  /** The list's filters as the page address holds them (`?team_id=…`), or "". */
  search?: string;
  /** What is downloaded, for screen readers: "the caseload". */
  what: string;
}

/** Where the list's CSV or XLSX download is: its filters, plus the format. */
export function downloadHref(path: string, search: string, format: "csv" | "xlsx"): string {
  const params = new URLSearchParams(search);
  params.delete("page");
  params.set("format", format);
  return `${path}?${params.toString()}`;
}

/**
 * "Download CSV" and "Download XLSX" links for a list, carrying its filters. Plain links, so
 * the browser streams the file to disk however big the list is.
 */
export function DownloadLinks({ path, search = "", what }: DownloadLinksProps) {
  return (
    <p className="govuk-body govuk-!-margin-bottom-4">
      {(["csv", "xlsx"] as const).map((format, index) => (
        <span key={format}>
          {index > 0 ? " or " : null}
          <a className="govuk-link" href={downloadHref(path, search, format)} download>
            Download {format.toUpperCase()}
            <span className="govuk-visually-hidden"> of {what}</span>
          </a>
        </span>
      ))}
    </p>
  );
}
