import { Link, useLocation, useParams } from "react-router";

import { NotificationBanner } from "@/components/states/NotificationBanner";
import { CarerProfile } from "@/features/carers/components/CarerProfile";
import { useAccount } from "@/features/session/api/me";
import { can } from "@/lib/can";
import { flashFrom } from "@/lib/flash";

export function CarerPage() {
  const { householdId = "" } = useParams();
  const me = useAccount();
  const flash = flashFrom(useLocation().state);

  return (
    <>
      <Link className="govuk-back-link" to="/carers">
        Back to carers
      </Link>
      {flash ? <NotificationBanner success heading={flash} /> : null}
      <CarerProfile householdId={householdId} canManage={can(me, "carers.manage")} />
    </>
  );
}
