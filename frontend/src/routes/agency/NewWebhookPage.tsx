import { Link } from "react-router";

import { RegisterWebhook } from "@/features/agency-portal/components/RegisterWebhook";

export function NewWebhookPage() {
  return (
    <>
      <Link className="govuk-back-link" to="/agency/webhooks">
        Back to webhooks
      </Link>
      <RegisterWebhook />
    </>
  );
}
