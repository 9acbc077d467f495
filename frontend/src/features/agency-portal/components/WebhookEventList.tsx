import type { WebhookEvent } from "../api/webhooks";
import { WEBHOOK_EVENTS } from "./webhook-labels";

/** The events a webhook receives, in words, one a line. */
export function WebhookEventList({ events }: { events: readonly WebhookEvent[] }) {
  return (
    <ul className="govuk-list govuk-!-margin-bottom-0">
      {events.map((event) => (
        <li key={event}>{WEBHOOK_EVENTS[event].label}</li>
      ))}
    </ul>
  );
}
