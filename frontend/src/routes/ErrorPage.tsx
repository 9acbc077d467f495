import { useLocation } from "react-router";

import { PageShell } from "@/components/layout/PageShell";
import { useDocumentTitle } from "@/lib/use-document-title";

/**
 * The root route's errorElement: anything that throws while loading or rendering a page
 * lands here. Its links reload the page, since the app's state may be what broke.
 */
export function ErrorPage() {
  useDocumentTitle("Sorry, there is a problem with the service");
  const location = useLocation();
  return (
    <PageShell>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">Sorry, there is a problem with the service</h1>
          <p className="govuk-body">Something went wrong while showing this page.</p>
          <p className="govuk-body">
            <a className="govuk-link" href={location.pathname + location.search}>
              Try again
            </a>{" "}
            or{" "}
            <a className="govuk-link" href="/">
              go to the Kindred home page
            </a>
            .
          </p>
        </div>
      </div>
    </PageShell>
  );
}
