import { useQuery } from "@tanstack/react-query";
import { Link, useParams, useSearchParams } from "react-router";

import { LoadingMessage } from "@/components/states/LoadingMessage";
import { ProblemMessage } from "@/components/states/ProblemMessage";
import { bulkLoadQueryOptions, inProgress } from "@/features/bulk-loads/api/bulk-loads";
import { BulkLoadSummary } from "@/features/bulk-loads/components/BulkLoadSummary";
import { RowErrors } from "@/features/bulk-loads/components/RowErrors";
import { problemOf } from "@/lib/problem";
import { useDocumentTitle } from "@/lib/use-document-title";

export function BulkLoadPage() {
  useDocumentTitle("Bulk load");
  const { loadId = "" } = useParams();
  const [search] = useSearchParams();
  const page = Math.max(1, Number(search.get("page") ?? "1") || 1);
  const load = useQuery(bulkLoadQueryOptions(loadId));
  let body;
  if (load.isPending) body = <LoadingMessage>Loading the bulk load…</LoadingMessage>;
  else if (load.isError) body = <ProblemMessage problem={problemOf(load.error, "The bulk load")} />;
  else
    body = (
      <>
        <BulkLoadSummary load={load.data} />
        {!inProgress(load.data) && load.data.errors_total > 0 ? (
          <RowErrors
            load={load.data}
            page={page}
            hrefFor={(target) => `/admin/bulk-loads/${loadId}?page=${String(target)}`}
          />
        ) : null}
      </>
    );
  return (
    <>
      <Link className="govuk-back-link" to="/admin/bulk-loads">
        Back to bulk loads
      </Link>
      <h1 className="govuk-heading-l">Bulk load</h1>
      {body}
    </>
  );
}
