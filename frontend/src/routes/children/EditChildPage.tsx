import { useQuery } from "@tanstack/react-query";
import { Link, useNavigate, useParams } from "react-router";

import { LoadingMessage } from "@/components/states/LoadingMessage";
import { ProblemMessage } from "@/components/states/ProblemMessage";
import { childQueryOptions } from "@/features/children/api/children";
import { EditChildForm } from "@/features/children/components/EditChildForm";
import { useAccount } from "@/features/session/api/me";
import { flashState } from "@/lib/flash";
import { problemOf } from "@/lib/problem";

export function EditChildPage() {
  const { childId = "" } = useParams();
  const me = useAccount();
  const navigate = useNavigate();
  const child = useQuery(childQueryOptions(childId));
  const back = `/children/${childId}`;

  let body;
  if (child.isPending) body = <LoadingMessage>Loading the child’s details…</LoadingMessage>;
  else if (child.isError) body = <ProblemMessage problem={problemOf(child.error, "The child")} />;
  else {
    body = (
      <EditChildForm
        key={child.data.id}
        child={child.data}
        teams={me.teams}
        onSaved={() => {
          void navigate(back, { state: flashState("The child’s details have been saved.") });
        }}
      />
    );
  }
  return (
    <>
      <Link className="govuk-back-link" to={back}>
        Back to the child’s page
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">{body}</div>
      </div>
    </>
  );
}
