import { Link } from "react-router";

interface SortableHeaderProps {
  label: string;
  /** The column's sort key, e.g. "email"; "-email" sorts it descending. */
  column: string;
  /** The list's current sort, in the same form. */
  sort: string;
  /** Where a link sorting the list by `sort` goes. */
  hrefFor: (sort: string) => string;
}

/**
 * A column header that sorts the list. aria-sort tells screen readers the current order;
 * choosing the sorted column again reverses it.
 */
export function SortableHeader({ label, column, sort, hrefFor }: SortableHeaderProps) {
  const ascending = sort === column;
  const descending = sort === `-${column}`;
  const ariaSort = ascending ? "ascending" : descending ? "descending" : "none";
  const next = ascending ? `-${column}` : column;
  return (
    <th scope="col" className="govuk-table__header" aria-sort={ariaSort}>
      <Link className="govuk-link app-sort-link" to={hrefFor(next)}>
        {label}
        <span className="app-sort-link__icon" aria-hidden="true">
          {ascending ? " ▲" : descending ? " ▼" : " ⇅"}
        </span>
      </Link>
    </th>
  );
}
