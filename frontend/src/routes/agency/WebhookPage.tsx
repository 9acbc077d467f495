import { Link, useParams } from "react-router";

import { WebhookDetails } from "@/features/agency-portal/components/WebhookDetails";

export function WebhookPage() {
  const { webhookId = "" } = useParams();
  return (
    <>
      <Link className="govuk-back-link" to="/agency/webhooks">
        Back to webhooks
      </Link>
      <WebhookDetails webhookId={webhookId} />
    </>
  );
}
