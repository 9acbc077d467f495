import { useQuery } from "@tanstack/react-query";
import { Link, useSearchParams } from "react-router";

import { PagedList } from "@/components/table/PagedList";
import { childName } from "@/lib/child-codes";
import { formatDate, pluralise } from "@/lib/format";
import { approvalQueueQueryOptions, type QueueItem } from "@/features/assessments/api/assessments";

const DAY = 86_400_000;

function waiting(item: QueueItem, now: number): string {
  if (!item.submitted_at) return "–";
  const days = Math.floor((now - Date.parse(item.submitted_at)) / DAY);
  const since = formatDate(item.submitted_at);
  return days < 1 ? `${since} (today)` : `${since} (${pluralise(days, "day")})`;
}

function scoreText(item: QueueItem): string {
  const now = item.preview?.score ?? "–";
  return item.previous_score ? `${now} (was ${item.previous_score})` : `${now} (first)`;
}

function QueueTable({ items, now }: { items: readonly QueueItem[]; now: number }) {
  return (
    <table className="govuk-table govuk-table--small-text-until-tablet">
      <caption className="govuk-table__caption govuk-visually-hidden">
        Assessments waiting for approval, longest waiting first
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {["Child", "Submitted by", "Waiting since", "Needs score", "Changed domains"].map(
            (label) => (
              <th scope="col" className="govuk-table__header" key={label}>
                {label}
              </th>
            ),
          )}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {items.map((item) => (
          <tr className="govuk-table__row" key={item.id}>
            <td className="govuk-table__cell">
              <Link className="govuk-link" to={`/approvals/${item.id}`}>
                {childName(item.child)}
                <span className="govuk-visually-hidden">: review the assessment</span>
              </Link>
              <span className="govuk-body-s app-block app-secondary-text">
                {item.child.team_name}
              </span>
            </td>
            <td className="govuk-table__cell">{item.submitted_by?.display_name ?? "–"}</td>
            <td className="govuk-table__cell">{waiting(item, now)}</td>
            <td className="govuk-table__cell">{scoreText(item)}</td>
            <td className="govuk-table__cell">{item.changed_domains ?? "First assessment"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Submitted assessments of the manager's teams waiting for a decision, oldest first. */
export function ApprovalQueue() {
  const [params] = useSearchParams();
  const page = Math.max(1, Number.parseInt(params.get("page") ?? "1", 10) || 1);
  const queue = useQuery(approvalQueueQueryOptions(page));
  return (
    <PagedList
      query={queue}
      loading="Loading the approval queue…"
      what="The approval queue"
      noun={["assessment", "assessments"]}
      empty={<p className="govuk-body">There are no assessments waiting for approval.</p>}
      hrefFor={(target) => (target > 1 ? `/approvals?page=${String(target)}` : "/approvals")}
    >
      {({ items }) => <QueueTable items={items} now={queue.dataUpdatedAt} />}
    </PagedList>
  );
}
