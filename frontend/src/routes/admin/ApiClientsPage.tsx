import { Link } from "react-router";

import { ApiClientsManager } from "@/features/admin-api-clients/components/ApiClientsManager";
import { useDocumentTitle } from "@/lib/use-document-title";

export function ApiClientsPage() {
  useDocumentTitle("API clients");
  return (
    <>
      <h1 className="govuk-heading-l">API clients</h1>
      <p className="govuk-body">
        Other systems that use Kindred’s API with their own client ID and secret.
      </p>
      <Link className="govuk-button" to="/admin/api-clients/new" role="button" draggable={false}>
        Add an API client
      </Link>
      <ApiClientsManager />
    </>
  );
}
