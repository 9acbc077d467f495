import type { ReactNode } from "react";

import { Footer } from "./Footer";
import { Header } from "./Header";
import { type NavigationItem, PUBLIC_NAVIGATION } from "./ServiceNavigation";

export const MAIN_CONTENT_ID = "main-content";

interface PageShellProps {
  children: ReactNode;
  /** The sections the person may use; Home alone when nobody is signed in. */
  navigation?: readonly NavigationItem[];
  /** Who is signed in and how to sign out, when someone is. */
  account?: ReactNode;
}

/** The frame every page sits in: skip link, header and navigation, main content, footer. */
export function PageShell({ children, navigation = PUBLIC_NAVIGATION, account }: PageShellProps) {
  return (
    <>
      <a href={`#${MAIN_CONTENT_ID}`} className="govuk-skip-link">
        Skip to main content
      </a>
      <Header navigation={navigation} account={account} />
      <div className="govuk-width-container">
        {/* tabIndex -1 lets the skip link move focus here, not just scroll. */}
        <main className="govuk-main-wrapper" id={MAIN_CONTENT_ID} tabIndex={-1}>
          {children}
        </main>
      </div>
      <Footer />
    </>
  );
}
