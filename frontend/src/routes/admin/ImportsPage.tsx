import { useState } from "react";
import { useNavigate } from "react-router";

import type { ReturnFiles } from "@/features/imports/api/imports";
import { RecentImports } from "@/features/imports/components/RecentImports";
import { ReturnPreview } from "@/features/imports/components/ReturnPreview";
import { UploadReturnForm } from "@/features/imports/components/UploadReturnForm";
import { useDocumentTitle } from "@/lib/use-document-title";

interface Previewed {
  id: string;
  files: ReturnFiles;
}

export function ImportsPage() {
  useDocumentTitle("Import the SSDA903 return");
  const navigate = useNavigate();
  const [previewed, setPreviewed] = useState<Previewed | null>(null);
  return (
    <>
      <h1 className="govuk-heading-l">Import the SSDA903 return</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            Upload the Header and Episodes files of the looked-after children return and preview
            them: you see what would be created and updated, every warning (with the DfE rule it
            breaks) and every rejected row before anything is written. Children are matched by their
            CHILD id and episodes by child and start date, so importing the same files again changes
            nothing.
          </p>
          <UploadReturnForm
            onPreviewed={(job, files) => {
              setPreviewed({ id: job.id, files });
            }}
          />
        </div>
      </div>
      {previewed ? (
        <ReturnPreview
          key={previewed.id}
          previewId={previewed.id}
          files={previewed.files}
          onImported={(job) => {
            void navigate(`/admin/imports/${job.id}`);
          }}
        />
      ) : null}
      <RecentImports />
    </>
  );
}
