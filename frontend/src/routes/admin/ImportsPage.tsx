import { useNavigate } from "react-router";

import { RecentImports } from "../../features/imports/components/RecentImports";
import { UploadReturnForm } from "../../features/imports/components/UploadReturnForm";
import { useDocumentTitle } from "../../lib/use-document-title";

export function ImportsPage() {
  useDocumentTitle("Import the SSDA903 return");
  const navigate = useNavigate();
  return (
    <>
      <h1 className="govuk-heading-l">Import the SSDA903 return</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            Upload the Header and Episodes files of the looked-after children return. Children are
            matched by their CHILD id and episodes by child and start date, so uploading the same
            files again changes nothing.
          </p>
          <UploadReturnForm
            onImported={(job) => {
              void navigate(`/admin/imports/${job.id}`);
            }}
          />
        </div>
      </div>
      <RecentImports />
    </>
  );
}
