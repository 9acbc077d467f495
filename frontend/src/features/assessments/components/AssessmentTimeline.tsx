import { Link } from "react-router";

import { formatDate } from "@/lib/format";
import type { AssessmentListItem } from "@/features/assessments/api/assessments";
import { OPEN_STATUSES } from "./status-labels";
import { StatusTag } from "./StatusTag";

function events(item: AssessmentListItem): string[] {
  const lines = [`Started ${formatDate(item.created_at)} by ${item.created_by.display_name}`];
  if (item.submitted_at) {
    lines.push(
      `Submitted ${formatDate(item.submitted_at)}${item.submitted_by ? ` by ${item.submitted_by.display_name}` : ""}`,
    );
  }
  if (item.returned_at) lines.push(`Returned ${formatDate(item.returned_at)}`);
  if (item.approved_at) {
    lines.push(
      `Approved ${formatDate(item.approved_at)}${item.decided_by ? ` by ${item.decided_by.display_name}` : ""}`,
    );
  }
  return lines;
}

/** The child's assessments, newest first: status, what happened when, and a way in. */
export function AssessmentTimeline({
  assessments,
}: {
  assessments: readonly AssessmentListItem[];
}) {
  if (assessments.length === 0) {
    return <p className="govuk-body">No assessments yet.</p>;
  }
  return (
    <ol className="app-timeline">
      {assessments.map((item) => {
        const open = OPEN_STATUSES.includes(item.status);
        const name = item.assessed_on
          ? `Assessment of ${formatDate(item.assessed_on)}`
          : `Assessment started ${formatDate(item.created_at)}`;
        return (
          <li className="app-timeline__item" key={item.id}>
            <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
              <Link className="govuk-link" to={`/assessments/${item.id}`}>
                {open ? `Continue: ${name.toLowerCase()}` : name}
              </Link>
            </h3>
            <p className="govuk-body-s govuk-!-margin-bottom-1">
              <StatusTag status={item.status} />
              {item.score ? ` Needs score ${item.score}` : ""}
              {item.actionable_count !== null
                ? `, ${String(item.actionable_count)} actionable`
                : ""}
            </p>
            <ul className="govuk-list govuk-body-s app-secondary-text">
              {events(item).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}
