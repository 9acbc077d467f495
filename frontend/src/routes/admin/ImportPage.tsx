import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";

import { LoadingMessage } from "@/components/states/LoadingMessage";
import { ProblemMessage } from "@/components/states/ProblemMessage";
import { importQueryOptions } from "@/features/imports/api/imports";
import { ImportSummary } from "@/features/imports/components/ImportSummary";
import { problemOf } from "@/lib/problem";
import { useDocumentTitle } from "@/lib/use-document-title";

export function ImportPage() {
  useDocumentTitle("Import report");
  const { importId = "" } = useParams();
  const job = useQuery(importQueryOptions(importId));
  let body;
  if (job.isPending) body = <LoadingMessage>Loading the import…</LoadingMessage>;
  else if (job.isError) body = <ProblemMessage problem={problemOf(job.error, "The import")} />;
  else body = <ImportSummary job={job.data} />;
  return (
    <>
      <Link className="govuk-back-link" to="/admin/imports">
        Back to imports
      </Link>
      <h1 className="govuk-heading-l">Import report</h1>
      {body}
    </>
  );
}
