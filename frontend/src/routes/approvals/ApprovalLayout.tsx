import type { ReactNode } from "react";
import { Link } from "react-router";

/** A page reached from the approvals queue, with the way back to it. */
export function ApprovalLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <Link className="govuk-back-link" to="/approvals">
        Back to approvals
      </Link>
      {children}
    </>
  );
}
