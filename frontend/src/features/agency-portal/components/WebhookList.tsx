import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";

import { LoadingMessage } from "@/components/states/LoadingMessage";
import { ProblemMessage } from "@/components/states/ProblemMessage";
import { ColumnHeaders } from "@/components/table/ColumnHeaders";
import { formatDateTime } from "@/lib/format";
import { problemOf } from "@/lib/problem";
import { webhooksQueryOptions } from "@/features/agency-portal/api/webhooks";
import { WebhookEventList } from "./WebhookEventList";

/** The agency's webhooks, each linking to its page with the delivery log. */
export function WebhookList() {
  const webhooks = useQuery(webhooksQueryOptions);
  if (webhooks.isError) {
    return <ProblemMessage problem={problemOf(webhooks.error, "Your webhooks")} />;
  }
  if (!webhooks.data) return <LoadingMessage>Loading your webhooks…</LoadingMessage>;
  if (webhooks.data.length === 0) {
    return (
      <p className="govuk-body">
        Your agency has no webhooks yet. Register one to hear of new referrals and of decisions on
        your offers as they happen.
      </p>
    );
  }
  return (
    <table className="govuk-table govuk-table--small-text-until-tablet">
      <caption className="govuk-table__caption govuk-visually-hidden">
        Your agency’s webhooks
      </caption>
      <ColumnHeaders columns={["Address", "Note", "Events", "Registered", "Secret last changed"]} />
      <tbody className="govuk-table__body">
        {webhooks.data.map((webhook) => (
          <tr className="govuk-table__row" key={webhook.id}>
            <td className="govuk-table__cell app-table__cell--break">
              <Link className="govuk-link" to={`/agency/webhooks/${webhook.id}`}>
                {webhook.url}
              </Link>
            </td>
            <td className="govuk-table__cell">{webhook.description || "None"}</td>
            <td className="govuk-table__cell">
              <WebhookEventList events={webhook.events} />
            </td>
            <td className="govuk-table__cell">{formatDateTime(webhook.created_at)}</td>
            <td className="govuk-table__cell">
              {webhook.secret_rotated_at ? formatDateTime(webhook.secret_rotated_at) : "Never"}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
