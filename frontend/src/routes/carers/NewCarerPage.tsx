import { useQuery } from "@tanstack/react-query";
import { Link, useNavigate } from "react-router";

import { knownAgenciesQueryOptions } from "@/features/carers/api/carers";
import { NewCarerForm } from "@/features/carers/components/NewCarerForm";
import { flashState } from "@/lib/flash";

export function NewCarerPage() {
  const navigate = useNavigate();
  const agencies = useQuery(knownAgenciesQueryOptions);

  return (
    <>
      <Link className="govuk-back-link" to="/carers">
        Back to carers
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <NewCarerForm
            agencies={agencies.data}
            onCreated={(household) => {
              void navigate(`/carers/${household.id}`, {
                state: flashState(`${household.name} has been added.`),
              });
            }}
          />
        </div>
      </div>
    </>
  );
}
