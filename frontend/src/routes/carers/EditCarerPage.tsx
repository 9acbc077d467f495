import { Link, useNavigate, useParams } from "react-router";

import { CarerEditor } from "@/features/carers/components/CarerEditor";
import { flashState } from "@/lib/flash";

export function EditCarerPage() {
  const { householdId = "" } = useParams();
  const navigate = useNavigate();

  return (
    <>
      <Link className="govuk-back-link" to={`/carers/${householdId}`}>
        Back to the household
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <CarerEditor
            householdId={householdId}
            onSaved={(household) => {
              void navigate(`/carers/${household.id}`, {
                state: flashState(`Changes to ${household.name} have been saved.`),
              });
            }}
          />
        </div>
      </div>
    </>
  );
}
