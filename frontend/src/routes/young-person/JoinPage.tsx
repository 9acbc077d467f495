import { useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate } from "react-router";

import { meQueryKey } from "@/features/session/api/me";
import { RedeemForm } from "@/features/young-person-voice/components/RedeemForm";
import { useDocumentTitle } from "@/lib/use-document-title";

/** What the young person's home page is told on their first arrival. */
export interface JoinedState {
  username: string;
}

/** The public page where a young person enters their worker's code and chooses a PIN. */
export function JoinPage() {
  useDocumentTitle("Get started");
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return (
    <div className="app-my-page">
      <RedeemForm
        onRedeemed={(account) => {
          queryClient.setQueryData(meQueryKey, account);
          const state: JoinedState = { username: account.username };
          void navigate("/me", { replace: true, state });
        }}
      />
      <p className="govuk-body">
        Been here before? <Link to="/young-people">Sign in with your PIN</Link>.
      </p>
    </div>
  );
}
