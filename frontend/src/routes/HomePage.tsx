import { ServiceStatusPanel } from "@/features/service-status/components/ServiceStatusPanel";
import { useDocumentTitle } from "@/lib/use-document-title";

export function HomePage() {
  useDocumentTitle("Home");
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">Kindred</h1>
        <p className="govuk-body-l">
          Kindred describes each child in care by their needs and strengths, follows those needs
          over time, and helps find the foster home that can meet them.
        </p>
        <ServiceStatusPanel />
      </div>
    </div>
  );
}
