import { Link, useLocation, useNavigate, useSearchParams } from "react-router";

import { NotificationBanner } from "@/components/states/NotificationBanner";
import { useForgetSession } from "@/features/session/api/forget-session";
import type { SignInState } from "@/features/session/components/RequireSession";
import { SignInForm } from "@/features/session/components/SignInForm";
import { homePathFor } from "@/features/session/navigation";
import { safeReturnTo } from "@/lib/return-to";

export function SignInPage() {
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  useForgetSession();
  const returnTo = safeReturnTo(params.get("returnTo"));
  const sessionEnded = (location.state as SignInState | null)?.sessionEnded === true;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {sessionEnded ? (
          <NotificationBanner heading="Your session has ended. Sign in again to carry on where you were." />
        ) : null}
        <SignInForm
          heading="Sign in to Kindred"
          pageTitle="Sign in"
          onSignedIn={(me) => {
            void navigate(returnTo ?? homePathFor(me), { replace: true });
          }}
        />
        <p className="govuk-body">
          A young person with a PIN? <Link to="/young-people">Sign in here</Link>.
        </p>
      </div>
    </div>
  );
}
