import { Link, useLocation } from "react-router";

import { NotificationBanner } from "@/components/states/NotificationBanner";
import { WebhookList } from "@/features/agency-portal/components/WebhookList";
import { flashFrom } from "@/lib/flash";
import { useDocumentTitle } from "@/lib/use-document-title";

export function WebhooksPage() {
  useDocumentTitle("Webhooks");
  const flash = flashFrom(useLocation().state);
  return (
    <>
      {flash ? <NotificationBanner success heading={flash} /> : null}
      <h1 className="govuk-heading-l">Webhooks</h1>
      <p className="govuk-body">
        A webhook tells your agency’s own system when a council shares or withdraws a referral, or
        decides on one of your offers. Each has a delivery log of everything sent to it.
      </p>
      <Link className="govuk-button" to="/agency/webhooks/new" role="button" draggable={false}>
        Register a webhook
      </Link>
      <WebhookList />
    </>
  );
}
