import { useQuery } from "@tanstack/react-query";
import { useState } from "react";

import { EditOrAdd } from "@/components/forms/EditOrAdd";
import { DownloadLinks } from "@/components/table/DownloadLinks";
import { LoadingMessage } from "@/components/states/LoadingMessage";
import { ProblemMessage } from "@/components/states/ProblemMessage";
import { formatDate } from "@/lib/format";
import { problemOf } from "@/lib/problem";
import { type Placement, placementsQueryOptions } from "@/features/placements/api/placements";
import { PlacementForm } from "./PlacementForm";
import { PlacementsTable } from "./PlacementsTable";

/** The child's placement episodes, with forms to record one and to change one. */
export function Placements({ childId }: { childId: string }) {
  const placements = useQuery(placementsQueryOptions(childId));
  const [editing, setEditing] = useState<Placement | null>(null);
  const [message, setMessage] = useState("");

  let body;
  if (placements.isPending) body = <LoadingMessage>Loading placements…</LoadingMessage>;
  else if (placements.isError) {
    body = <ProblemMessage problem={problemOf(placements.error, "Placements")} />;
  } else if (placements.data.length === 0) {
    body = <p className="govuk-body">No placement episodes recorded.</p>;
  } else {
    body = (
      <>
        <DownloadLinks
          path={`/api/v1/children/${childId}/placements/export`}
          what="the placement episodes"
        />
        <PlacementsTable
          placements={placements.data}
          onChange={(placement) => {
            setMessage("");
            setEditing(placement);
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
              Change the episode from {formatDate(editing.start_date)}
            </h3>
            <PlacementForm
              key={editing.id}
              childId={childId}
              placement={editing}
              onSaved={() => {
                setEditing(null);
                setMessage("Placement episode changed.");
              }}
            />
          </>
        ) : null
      }
      onCancel={() => {
        setEditing(null);
      }}
      addLabel="Record a placement episode"
      add={
        <PlacementForm
          childId={childId}
          onSaved={() => {
            setMessage("Placement episode recorded.");
          }}
        />
      }
    />
  );
  return (
    <>
      <h2 className="govuk-heading-m">Placements</h2>
      <div role="status">{message ? <p className="govuk-body">{message}</p> : null}</div>
      {body}
      {placements.isSuccess ? form : null}
    </>
  );
}
