import { Link, useNavigate, useParams } from "react-router";

import { CapacityEditor } from "@/features/carers/components/CapacityEditor";
import { flashState } from "@/lib/flash";

export function CarerCapacityPage() {
  const { householdId = "" } = useParams();
  const navigate = useNavigate();

  return (
    <>
      <Link className="govuk-back-link" to={`/carers/${householdId}`}>
        Back to the household
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <CapacityEditor
            householdId={householdId}
            onSaved={(household) => {
              void navigate(`/carers/${household.id}`, {
                state: flashState(`The capacity of ${household.name} has been recorded.`),
              });
            }}
          />
        </div>
      </div>
    </>
  );
}
