import { useQuery } from "@tanstack/react-query";

import { Button } from "@/components/forms/Button";
import { LoadingMessage } from "@/components/states/LoadingMessage";
import { ProblemMessage } from "@/components/states/ProblemMessage";
import { problemOf } from "@/lib/problem";
import {
  type ImportJob,
  importQueryOptions,
  inProgress,
  type ReturnFiles,
  useUploadReturn,
} from "@/features/imports/api/imports";
import { ImportSummary } from "./ImportSummary";

interface ReturnPreviewProps {
  previewId: string;
  files: ReturnFiles;
  onImported: (job: ImportJob) => void;
}

/** A preview of a return (what it would create and update, its warnings and rejections),
 * then the choice to import every row (nothing if any is rejected) or the valid rows. */
export function ReturnPreview({ previewId, files, onImported }: ReturnPreviewProps) {
  const preview = useQuery(importQueryOptions(previewId));
  const upload = useUploadReturn();
  if (preview.isPending) return <LoadingMessage>Loading the preview…</LoadingMessage>;
  if (preview.isError) {
    return <ProblemMessage problem={problemOf(preview.error, "The preview")} />;
  }
  const job = preview.data;
  const importWith = (validRowsOnly: boolean) => {
    upload.mutate({ ...files, validRowsOnly, dryRun: false }, { onSuccess: onImported });
  };
  return (
    <section aria-labelledby="preview-heading">
      <h2 className="govuk-heading-m" id="preview-heading">
        Preview
      </h2>
      <ImportSummary job={job} />
      {upload.isError ? <ProblemMessage problem={problemOf(upload.error, "The import")} /> : null}
      {inProgress(job) || job.status !== "succeeded" ? null : (
        <>
          {job.rows_rejected > 0 ? (
            <p className="govuk-body">
              Importing all rows writes nothing while any row is rejected: fix the files and preview
              them again, or import the valid rows.
            </p>
          ) : null}
          <div className="govuk-button-group">
            <Button
              type="button"
              pending={upload.isPending}
              onClick={() => {
                importWith(true);
              }}
            >
              Import the valid rows
            </Button>
            <Button
              type="button"
              variant="secondary"
              pending={upload.isPending}
              onClick={() => {
                importWith(false);
              }}
            >
              Import all rows
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
