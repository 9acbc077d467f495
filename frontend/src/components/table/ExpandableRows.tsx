import { type ReactNode, useId, useState } from "react";

interface ExpandableRowsProps {
  /** The row's name, on the button that opens it (e.g. the household's name). */
  label: ReactNode;
  /** The row's other cells, after the first. */
  cells: ReactNode;
  /** Columns in the table, so the opened part spans them all. */
  columns: number;
  /** What opening the row shows; rendered only while it is open. */
  children: ReactNode;
  defaultExpanded?: boolean;
}

/**
 * A table row that opens into a full-width part below it, like GOV.UK details. Its first
 * cell is a real button, so Enter and Space work, with `aria-expanded` saying whether it is
 * open and `aria-controls` naming what it opens. Each row pair is its own `<tbody>`.
 */
export function ExpandableRows({
  label,
  cells,
  columns,
  children,
  defaultExpanded = false,
}: ExpandableRowsProps) {
  const [expanded, setExpanded] = useState(defaultExpanded);
  const panelId = useId();
  return (
    <tbody className="govuk-table__body app-expandable">
      <tr className="govuk-table__row">
        <th scope="row" className="govuk-table__header">
          <button
            type="button"
            className="app-expandable__toggle"
            aria-expanded={expanded}
            aria-controls={panelId}
            onClick={() => {
              setExpanded((open) => !open);
            }}
          >
            <span className="app-expandable__icon" aria-hidden="true" />
            {label}
          </button>
        </th>
        {cells}
      </tr>
      <tr className="govuk-table__row app-expandable__panel-row" id={panelId} hidden={!expanded}>
        <td className="govuk-table__cell" colSpan={columns}>
          {expanded ? <div className="app-expandable__panel">{children}</div> : null}
        </td>
      </tr>
    </tbody>
  );
}
