import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useNavigate } from "react-router";

import { LoadingMessage } from "@/components/states/LoadingMessage";
import { ProblemMessage } from "@/components/states/ProblemMessage";
import {
  bulkLoadKindsQueryOptions,
  type KindName,
  recentBulkLoadsQueryOptions,
} from "@/features/bulk-loads/api/bulk-loads";
import { ColumnGuide } from "@/features/bulk-loads/components/ColumnGuide";
import { UploadBulkLoadForm } from "@/features/bulk-loads/components/UploadBulkLoadForm";
import { formatDateTime } from "@/lib/format";
import { problemOf } from "@/lib/problem";
import { useDocumentTitle } from "@/lib/use-document-title";

function RecentBulkLoads() {
  const recent = useQuery(recentBulkLoadsQueryOptions);
  if (!recent.data || recent.data.length === 0) return null;
  return (
    <>
      <h2 className="govuk-heading-m">Recent loads</h2>
      <ul className="govuk-list">
        {recent.data.map((load) => (
          <li key={load.id}>
            <Link className="govuk-link" to={`/admin/bulk-loads/${load.id}`}>
              {load.filename}
            </Link>{" "}
            ({load.kind.replace("_", " ")}, {load.status}, {formatDateTime(load.created_at)})
          </li>
        ))}
      </ul>
    </>
  );
}

export function BulkLoadsPage() {
  useDocumentTitle("Bulk loads");
  const navigate = useNavigate();
  const kinds = useQuery(bulkLoadKindsQueryOptions);
  const [kind, setKind] = useState<KindName>("households");
  let body;
  if (kinds.isPending) body = <LoadingMessage>Loading what can be loaded…</LoadingMessage>;
  else if (kinds.isError) body = <ProblemMessage problem={problemOf(kinds.error, "Bulk loads")} />;
  else {
    const chosen = kinds.data.find((candidate) => candidate.name === kind) ?? kinds.data[0];
    body = (
      <>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <p className="govuk-body">
              Load many records at once from a CSV or XLSX file. The file is checked first and
              nothing is written until you choose to load it. Rows are matched to what Kindred
              holds, so loading the same file again changes nothing.
            </p>
            <UploadBulkLoadForm
              kinds={kinds.data}
              kind={kind}
              onKindChange={setKind}
              onUploaded={(load) => {
                void navigate(`/admin/bulk-loads/${load.id}`);
              }}
            />
          </div>
        </div>
        {chosen ? <ColumnGuide kind={chosen} /> : null}
        <RecentBulkLoads />
      </>
    );
  }
  return (
    <>
      <h1 className="govuk-heading-l">Bulk loads</h1>
      {body}
    </>
  );
}
