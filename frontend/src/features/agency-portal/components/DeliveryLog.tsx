import { useQuery } from "@tanstack/react-query";
import { Link, useSearchParams } from "react-router";

import { Button } from "@/components/forms/Button";
import { LoadingMessage } from "@/components/states/LoadingMessage";
import { ProblemMessage } from "@/components/states/ProblemMessage";
import { ColumnHeaders } from "@/components/table/ColumnHeaders";
import { ExpandableRows } from "@/components/table/ExpandableRows";
import { formatDateTime } from "@/lib/format";
import { problemOf } from "@/lib/problem";
import { type Delivery, deliveriesQueryOptions } from "@/features/agency-portal/api/webhooks";
import { deliveryStatusTag, WEBHOOK_EVENTS } from "./webhook-labels";

const COLUMNS = ["Event", "Status", "Tries", "Happened", "Last answer", "Next try"];

function lastAnswer(delivery: Delivery): string {
  if (delivery.status === "delivered" && delivery.delivered_at) {
    return `HTTP ${String(delivery.last_status_code ?? 200)} at ${formatDateTime(delivery.delivered_at)}`;
  }
  return delivery.last_error ?? "Not tried yet";
}

/** Every try of one delivery, and the event exactly as it was sent. */
function DeliveryAttempts({ delivery }: { delivery: Delivery }) {
  return (
    <>
      {delivery.attempt_log.length === 0 ? (
        <p className="govuk-body">Kindred has not tried to send this event yet.</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">
            Every try, oldest first
          </caption>
          <ColumnHeaders columns={["Try", "When", "Your answer", "Took"]} />
          <tbody className="govuk-table__body">
            {delivery.attempt_log.map((attempt) => (
              <tr className="govuk-table__row" key={attempt.attempt}>
                <td className="govuk-table__cell">{attempt.attempt}</td>
                <td className="govuk-table__cell">{formatDateTime(attempt.at)}</td>
                <td className="govuk-table__cell">
                  {attempt.error ??
                    (attempt.status_code === null
                      ? "No answer"
                      : `HTTP ${String(attempt.status_code)}`)}
                </td>
                <td className="govuk-table__cell">{attempt.duration_ms} ms</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3 className="govuk-heading-s">The event as sent</h3>
      <p className="govuk-body-s">
        Event id <code>{delivery.event_id}</code>, delivery id <code>{delivery.id}</code>
      </p>
      <pre className="app-json" tabIndex={0} aria-label="The event as sent, in JSON">
        {JSON.stringify(delivery.payload, null, 2)}
      </pre>
    </>
  );
}

/**
 * A webhook's delivery log, newest first, a cursor page at a time (the cursor is in the URL).
 * While a delivery is still to be tried the page refreshes itself; "Check again" asks now.
 */
export function DeliveryLog({ webhookId }: { webhookId: string }) {
  const [params] = useSearchParams();
  const cursor = params.get("cursor") ?? undefined;
  const log = useQuery(deliveriesQueryOptions(webhookId, cursor));

  let body;
  if (log.isError) body = <ProblemMessage problem={problemOf(log.error, "The delivery log")} />;
  else if (!log.data) body = <LoadingMessage>Loading the delivery log…</LoadingMessage>;
  else if (log.data.items.length === 0) {
    body = (
      <p className="govuk-body">
        {cursor
          ? "There are no older deliveries."
          : "Nothing has been sent to this webhook yet. Kindred sends an event when a council shares a referral with you, withdraws one, or decides on one of your offers."}
      </p>
    );
  } else {
    const next = log.data.next_cursor;
    body = (
      <>
        <table className="govuk-table govuk-table--small-text-until-tablet">
          <caption className="govuk-table__caption govuk-visually-hidden">
            Events sent to this webhook, newest first. Open an event to see every try and what was
            sent.
          </caption>
          <ColumnHeaders columns={COLUMNS} />
          {log.data.items.map((delivery) => {
            const tag = deliveryStatusTag(delivery);
            return (
              <ExpandableRows
                key={delivery.id}
                columns={COLUMNS.length}
                label={WEBHOOK_EVENTS[delivery.event_type].label}
                cells={
                  <>
                    <td className="govuk-table__cell">
                      <strong className={tag.className}>{tag.text}</strong>
                    </td>
                    <td className="govuk-table__cell">{delivery.attempts}</td>
                    <td className="govuk-table__cell">{formatDateTime(delivery.created_at)}</td>
                    <td className="govuk-table__cell">{lastAnswer(delivery)}</td>
                    <td className="govuk-table__cell">
                      {delivery.next_attempt_at ? formatDateTime(delivery.next_attempt_at) : "None"}
                    </td>
                  </>
                }
              >
                <DeliveryAttempts delivery={delivery} />
              </ExpandableRows>
            );
          })}
        </table>
        <nav className="govuk-pagination" aria-label="Pages of deliveries">
          {cursor ? (
            <Link className="govuk-link govuk-!-margin-right-4" to="?">
              Newest deliveries
            </Link>
          ) : null}
          {next ? (
            <Link
              className="govuk-link"
              to={`?${new URLSearchParams({ cursor: next }).toString()}`}
            >
              Older deliveries
            </Link>
          ) : null}
        </nav>
      </>
    );
  }
  return (
    <section aria-labelledby="delivery-log-heading">
      <h2 className="govuk-heading-m" id="delivery-log-heading">
        Delivery log
      </h2>
      <Button variant="secondary" pending={log.isFetching} onClick={() => void log.refetch()}>
        Check again
      </Button>
      <p className="govuk-body-s">
        {log.isFetching && log.data ? "Checking for new deliveries…" : null}
        {!log.isFetching && log.dataUpdatedAt > 0
          ? `Up to date at ${new Date(log.dataUpdatedAt).toLocaleTimeString("en-GB")}.`
          : null}
      </p>
      {body}
    </section>
  );
}
