import { formatDateTime } from "@/lib/format";
import type { AuditEvent } from "@/features/audit-log/api/audit-events";
import { ACTION_LABELS, OUTCOME_LABELS } from "@/features/audit-log/api/audit-search";

const OUTCOME_COLOURS: Record<string, string> = {
  success: "govuk-tag--green",
  failure: "govuk-tag--yellow",
  denied: "govuk-tag--red",
};

function label(labels: Record<string, string>, value: string): string {
  return Object.hasOwn(labels, value) ? (labels[value] ?? value) : value;
}

/** Audit events as a table, newest first as the API returns them. */
export function AuditEventsTable({
  events,
  busy,
}: {
  events: readonly AuditEvent[];
  busy: boolean;
}) {
  return (
    <table
      className="govuk-table govuk-table--small-text-until-tablet"
      aria-busy={busy || undefined}
    >
      <caption className="govuk-table__caption govuk-visually-hidden">
        Audit events, newest first
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {["When", "Who", "Action", "Record", "Outcome"].map((heading) => (
            <th scope="col" className="govuk-table__header" key={heading}>
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {events.map((event) => (
          <tr className="govuk-table__row" key={event.id}>
            <td className="govuk-table__cell">{formatDateTime(event.occurred_at)}</td>
            <td className="govuk-table__cell">{event.actor_label}</td>
            <td className="govuk-table__cell">{label(ACTION_LABELS, event.action)}</td>
            <td className="govuk-table__cell app-table__cell--break">
              {event.resource_type}
              {event.resource_id ? (
                <>
                  {" "}
                  <code className="govuk-!-font-size-14">{event.resource_id}</code>
                </>
              ) : null}
              {event.child_id ? (
                <span className="govuk-body-s app-block govuk-!-margin-bottom-0">
                  Child <code className="govuk-!-font-size-14">{event.child_id}</code>
                </span>
              ) : null}
            </td>
            <td className="govuk-table__cell">
              <strong
                className={`govuk-tag ${OUTCOME_COLOURS[event.outcome] ?? "govuk-tag--grey"}`}
              >
                {label(OUTCOME_LABELS, event.outcome)}
              </strong>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
