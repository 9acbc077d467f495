import type { ImportJob } from "../api/imports";

type Counts = NonNullable<ImportJob["counts"]>;

/** Children and placement episodes created, updated and left unchanged (or that would be). */
export function CountsTable({ caption, counts }: { caption: string; counts: Counts }) {
  const rows = [
    ["Children", counts.children_created, counts.children_updated, counts.children_unchanged],
    [
      "Placement episodes",
      counts.episodes_created,
      counts.episodes_updated,
      counts.episodes_unchanged,
    ],
  ] as const;
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <td className="govuk-table__header" />
          {["Created", "Updated", "Unchanged"].map((heading) => (
            <th
              key={heading}
              scope="col"
              className="govuk-table__header govuk-table__header--numeric"
            >
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map(([what, ...figures]) => (
          <tr className="govuk-table__row" key={what}>
            <th scope="row" className="govuk-table__header">
              {what}
            </th>
            {figures.map((figure, index) => (
              <td key={index} className="govuk-table__cell govuk-table__cell--numeric">
                {figure.toLocaleString("en-GB")}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
