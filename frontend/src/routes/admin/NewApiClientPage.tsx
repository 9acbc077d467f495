import { Link } from "react-router";

import { NewApiClient } from "@/features/admin-api-clients/components/NewApiClient";

export function NewApiClientPage() {
  return (
    <>
      <Link className="govuk-back-link" to="/admin/api-clients">
        Back to API clients
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <NewApiClient />
        </div>
      </div>
    </>
  );
}
