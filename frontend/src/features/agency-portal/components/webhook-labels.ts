import type { Delivery, WebhookEvent } from "@/features/agency-portal/api/webhooks";

/**
 * Each event in words, as the API describes it (EVENT_DESCRIPTIONS in the backend's
 * webhooks/events.py). `satisfies` fails the build when a regenerated client adds one.
 */
export const WEBHOOK_EVENTS = {
  "referral.shared": {
    label: "A referral is shared with us",
    hint: "A council shared a referral with your agency.",
  },
  "referral.withdrawn": {
    label: "A referral is withdrawn",
    hint: "A referral is no longer shared with you, or was withdrawn.",
  },
  "offer.accepted": {
    label: "One of our offers is accepted",
    hint: "The council accepted one of your offers.",
  },
  "offer.declined": {
    label: "One of our offers is declined",
    hint: "The council declined one of your offers.",
  },
} as const satisfies Record<WebhookEvent, { label: string; hint: string }>;

export const WEBHOOK_EVENT_TYPES = Object.keys(WEBHOOK_EVENTS) as WebhookEvent[];

const TAG = "govuk-tag";

/** A delivery's status as a GOV.UK tag: "pending" reads as waiting or retrying. */
export function deliveryStatusTag({ status, attempts }: Pick<Delivery, "status" | "attempts">) {
  if (status === "delivered") return { text: "Delivered", className: `${TAG} govuk-tag--green` };
  if (status === "failed") return { text: "Failed", className: `${TAG} govuk-tag--red` };
  if (status === "pending") {
    return attempts === 0
      ? { text: "Waiting to send", className: `${TAG} govuk-tag--blue` }
      : { text: "Retrying", className: `${TAG} govuk-tag--yellow` };
  }
  return { text: status, className: `${TAG} govuk-tag--grey` };
}
