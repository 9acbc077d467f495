import { Link, useNavigate } from "react-router";

import { useSignIn } from "@/features/session/api/sign-in";
import { MySignInForm } from "@/features/young-person-voice/components/MySignInForm";
import { useDocumentTitle } from "@/lib/use-document-title";

/** A young person signs in again with their sign-in name and PIN, and goes to their page. */
export function MySignInPage() {
  useDocumentTitle("Welcome back");
  const signIn = useSignIn();
  const navigate = useNavigate();
  return (
    <div className="app-my-page">
      <MySignInForm
        pending={signIn.isPending}
        error={signIn.error}
        onSubmit={(values, onError) => {
          signIn.mutate(
            { email: values.username, password: values.pin },
            {
              onSuccess: () => void navigate("/me", { replace: true }),
              onError,
            },
          );
        }}
      />
      <p className="govuk-body">
        First time? <Link to="/young-people/join">Use the code from your worker</Link>.
      </p>
    </div>
  );
}
