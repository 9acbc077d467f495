import { Link, useLocation } from "react-router";

import { NotificationBanner } from "@/components/states/NotificationBanner";
import { CarerList } from "@/features/carers/components/CarerList";
import { useAccount } from "@/features/session/api/me";
import { can } from "@/lib/can";
import { flashFrom } from "@/lib/flash";
import { useDocumentTitle } from "@/lib/use-document-title";

export function CarersPage() {
  useDocumentTitle("Carers");
  const me = useAccount();
  const flash = flashFrom(useLocation().state);

  return (
    <>
      {flash ? <NotificationBanner success heading={flash} /> : null}
      <h1 className="govuk-heading-l">Carers</h1>
      <p className="govuk-body">
        Fostering households, the council’s own and partner agencies’, described in the same needs
        domains as children, so a child’s needs can be compared with what a household can meet.
      </p>
      <div className="govuk-button-group">
        {can(me, "carers.manage") ? (
          <Link className="govuk-button" to="/carers/new" role="button" draggable={false}>
            Add a household
          </Link>
        ) : null}
        {can(me, "matching.plan") ? (
          <Link className="govuk-link" to="/matching/plan">
            Plan placements for a group of children
          </Link>
        ) : null}
      </div>
      <CarerList />
    </>
  );
}
