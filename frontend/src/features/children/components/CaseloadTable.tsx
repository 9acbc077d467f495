import type { ReactNode } from "react";
import { Link } from "react-router";

import { SortableHeader } from "@/components/table/SortableHeader";
import { childName, PLACEMENT_TYPE_LABELS } from "@/lib/child-codes";
import { formatDate } from "@/lib/format";
import type { ChildListItem } from "@/features/children/api/children";
import { TrendText } from "./TrendText";

interface CaseloadTableProps {
  rows: readonly ChildListItem[];
  sort: string;
  hrefForSort: (sort: string) => string;
  busy?: boolean;
}

function Cell({ children }: { children: ReactNode }) {
  return <td className="govuk-table__cell">{children}</td>;
}

/** The caseload as a GOV.UK table whose headers sort it. */
export function CaseloadTable({ rows, sort, hrefForSort, busy = false }: CaseloadTableProps) {
  const sortable = { sort, hrefFor: hrefForSort };
  return (
    <table
      className="govuk-table govuk-table--small-text-until-tablet"
      aria-busy={busy || undefined}
    >
      <caption className="govuk-table__caption govuk-visually-hidden">Children</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <SortableHeader label="Name" column="family_name" {...sortable} />
          <th scope="col" className="govuk-table__header">
            Age
          </th>
          <SortableHeader label="Needs score" column="latest_score" {...sortable} />
          <th scope="col" className="govuk-table__header">
            Trend
          </th>
          <th scope="col" className="govuk-table__header">
            Actionable needs
          </th>
          <SortableHeader label="Last assessed" column="last_assessed_on" {...sortable} />
          <th scope="col" className="govuk-table__header">
            Placement
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((child) => (
          <tr className="govuk-table__row" key={child.id}>
            <Cell>
              <Link className="govuk-link" to={`/children/${child.id}`}>
                {childName(child)}
              </Link>
              <span className="govuk-body-s app-block app-secondary-text">
                {child.local_child_id} · {child.team.name}
              </span>
            </Cell>
            <Cell>{child.age}</Cell>
            <Cell>{child.latest_score ?? <NotYet />}</Cell>
            <Cell>
              <TrendText trend={child.trend} />
            </Cell>
            <Cell>{child.latest_actionable ?? <NotYet />}</Cell>
            <Cell>{child.last_assessed_on ? formatDate(child.last_assessed_on) : "Never"}</Cell>
            <Cell>
              {child.placement_type ? <PlacementCode code={child.placement_type} /> : "None"}
            </Cell>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function NotYet() {
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="govuk-visually-hidden">Not assessed yet</span>
    </>
  );
}

/** The SSDA903 code as practitioners know it, with its meaning for screen readers and on hover. */
function PlacementCode({ code }: { code: string }) {
  const label = PLACEMENT_TYPE_LABELS[code];
  return (
    <span title={label}>
      {code}
      {label ? <span className="govuk-visually-hidden">: {label}</span> : null}
    </span>
  );
}
