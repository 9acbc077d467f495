/**
 * A table's header row of plain column names. An empty name is an actions column: it gets
 * `hiddenLabel` for screen readers, so no header is ever blank to them.
 */
export function ColumnHeaders({
  columns,
  hiddenLabel = "Action",
}: {
  columns: readonly string[];
  hiddenLabel?: string;
}) {
  return (
    <thead className="govuk-table__head">
      <tr className="govuk-table__row">
        {columns.map((label, index) => (
          <th scope="col" className="govuk-table__header" key={`${String(index)}-${label}`}>
            {label || <span className="govuk-visually-hidden">{hiddenLabel}</span>}
          </th>
        ))}
      </tr>
    </thead>
  );
}
