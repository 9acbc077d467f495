import { Link, useNavigate } from "react-router";

import { NewChildForm } from "@/features/children/components/NewChildForm";
import { useAccount } from "@/features/session/api/me";
import { childName } from "@/lib/child-codes";
import { flashState } from "@/lib/flash";

export function NewChildPage() {
  const me = useAccount();
  const navigate = useNavigate();
  return (
    <>
      <Link className="govuk-back-link" to="/children">
        Back to children
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <NewChildForm
            teams={me.teams}
            onCreated={(child) => {
              void navigate(`/children/${child.id}`, {
                state: flashState(`${childName(child)} has been added.`),
              });
            }}
          />
        </div>
      </div>
    </>
  );
}
