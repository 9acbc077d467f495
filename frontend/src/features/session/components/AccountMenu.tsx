import { ROLE_LABELS } from "@/lib/labels";
import type { Me } from "@/features/session/api/me";
import { useSignOut } from "@/features/session/api/sign-out";

/** Who is signed in (name, organisation, role) and the way to sign out. */
export function AccountMenu({ me }: { me: Me }) {
  const signOut = useSignOut();
  return (
    <div className="app-account">
      <p className="govuk-body-s app-account__who" id="account-summary">
        <span className="govuk-visually-hidden">Signed in as </span>
        <strong>{me.display_name}</strong>
        <br />
        {me.organisation.name}
        <span aria-hidden="true"> · </span>
        <span className="govuk-visually-hidden">, </span>
        {ROLE_LABELS[me.role]}
      </p>
      <button
        type="button"
        className="govuk-button govuk-button--secondary app-account__sign-out"
        disabled={signOut.isPending}
        onClick={() => {
          signOut.mutate();
        }}
      >
        Sign out
      </button>
      {signOut.isError ? (
        <p className="govuk-error-message app-account__error" role="alert">
          <span className="govuk-visually-hidden">Error:</span> Signing out failed. Try again.
        </p>
      ) : null}
    </div>
  );
}
