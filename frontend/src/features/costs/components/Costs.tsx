import { useQuery } from "@tanstack/react-query";
import { useState } from "react";

import { EditOrAdd } from "@/components/forms/EditOrAdd";
import { DownloadLinks } from "@/components/table/DownloadLinks";
import { LoadingMessage } from "@/components/states/LoadingMessage";
import { ProblemMessage } from "@/components/states/ProblemMessage";
import { problemOf } from "@/lib/problem";
import { type CostRecord, costRecordsQueryOptions } from "@/features/costs/api/costs";
import { KIND_LABELS } from "./cost-labels";
import { CostRecordForm } from "./CostRecordForm";
import { CostRecordsTable } from "./CostRecordsTable";
import { PeriodCost } from "./PeriodCost";

interface RecordsProps {
  records: readonly CostRecord[];
  onChange: (record: CostRecord) => void;
}

function Records({ records, onChange }: RecordsProps) {
  if (records.length === 0) return <p className="govuk-body">No costs recorded.</p>;
  const fees = records.filter((record) => record.kind === "placement");
  const packages = records.filter((record) => record.kind !== "placement");
  return (
    <>
      {fees.length > 0 ? (
        <CostRecordsTable caption="Placement fees" records={fees} onChange={onChange} />
      ) : null}
      {packages.length > 0 ? (
        <CostRecordsTable caption="Support packages" records={packages} onChange={onChange} />
      ) : null}
    </>
  );
}

/** The child's placement fees and support packages over time, and the cost of a period. */
export function Costs({ childId }: { childId: string }) {
  const records = useQuery(costRecordsQueryOptions(childId));
  const [editing, setEditing] = useState<CostRecord | null>(null);
  const [message, setMessage] = useState("");

  let body;
  if (records.isPending) body = <LoadingMessage>Loading costs…</LoadingMessage>;
  else if (records.isError) {
    body = <ProblemMessage problem={problemOf(records.error, "Costs")} />;
  } else {
    body = (
      <>
        {records.data.length > 0 ? (
          <DownloadLinks
            path={`/api/v1/children/${childId}/costs/records/export`}
            what="the cost records"
          />
        ) : null}
        <Records
          records={records.data}
          onChange={(record) => {
            setMessage("");
            setEditing(record);
          }}
        />
      </>
    );
  }
  const form = (
    <EditOrAdd
      editing={
        editing ? (
          <>
            <h3 className="govuk-heading-s">
              Change the {KIND_LABELS[editing.kind].toLowerCase()}
            </h3>
            <CostRecordForm
              key={editing.id}
              childId={childId}
              record={editing}
              onSaved={() => {
                setEditing(null);
                setMessage("Cost changed.");
              }}
            />
          </>
        ) : null
      }
      onCancel={() => {
        setEditing(null);
      }}
      addLabel="Record a fee or a support package"
      add={
        <CostRecordForm
          childId={childId}
          onSaved={() => {
            setMessage("Cost recorded.");
          }}
        />
      }
    />
  );
  return (
    <>
      <h2 className="govuk-heading-m">Costs</h2>
      <div role="status">{message ? <p className="govuk-body">{message}</p> : null}</div>
      <h3 className="govuk-heading-s">Cost over a period</h3>
      <PeriodCost childId={childId} />
      {body}
      {records.isSuccess ? form : null}
    </>
  );
}
