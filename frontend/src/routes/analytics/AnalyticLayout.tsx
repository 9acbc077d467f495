import type { ReactNode } from "react";
import { Link } from "react-router";

import { useDocumentTitle } from "@/lib/use-document-title";

interface AnalyticLayoutProps {
  title: string;
  /** What the analytic answers, in a sentence or two. */
  intro: ReactNode;
  children: ReactNode;
}

/** An analytics page: back to the list, its title and what it is for, then the analytic. */
export function AnalyticLayout({ title, intro, children }: AnalyticLayoutProps) {
  useDocumentTitle(title);
  return (
    <>
      <Link className="govuk-back-link" to="/analytics">
        Back to analytics
      </Link>
      <span className="govuk-caption-l">Analytics</span>
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">{intro}</p>
      {children}
    </>
  );
}
