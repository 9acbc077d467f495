import type { WebhookEvent } from "@/features/agency-portal/api/webhooks";
import { WEBHOOK_EVENT_TYPES, WEBHOOK_EVENTS } from "./webhook-labels";

/** The events a webhook receives, in words, one a line, in the order the form offers them. */
export function WebhookEventList({ events }: { events: readonly WebhookEvent[] }) {
  const received = WEBHOOK_EVENT_TYPES.filter((event) => events.includes(event));
  return (
    <ul className="govuk-list govuk-!-margin-bottom-0">
      {received.map((event) => (
        <li key={event}>{WEBHOOK_EVENTS[event].label}</li>
      ))}
    </ul>
  );
}
