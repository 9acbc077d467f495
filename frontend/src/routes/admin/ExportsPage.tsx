import { CouncilExports } from "@/features/council-exports/components/CouncilExports";
import { useDocumentTitle } from "@/lib/use-document-title";

export function ExportsPage() {
  useDocumentTitle("Export the council’s records");
  return (
    <>
      <h1 className="govuk-heading-l">Export the council’s records</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            For moving to another system: one ZIP file holding every child (restricted children
            too), fostering household, placement episode, cost record and assessment of the council,
            each as a CSV file and an Excel workbook. It is written in the background; you can leave
            this page and come back.
          </p>
          <div className="govuk-warning-text">
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong className="govuk-warning-text__text">
              <span className="govuk-visually-hidden">Warning</span>
              The file names every child. Keep it only where the council’s records may be kept. It
              can be downloaded for 24 hours, and every download is recorded in the audit log.
            </strong>
          </div>
        </div>
      </div>
      <CouncilExports />
    </>
  );
}
