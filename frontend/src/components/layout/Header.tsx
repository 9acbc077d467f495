import type { ReactNode } from "react";
import { Link } from "react-router";

import { type NavigationItem, ServiceNavigation } from "./ServiceNavigation";

interface HeaderProps {
  navigation: readonly NavigationItem[];
  account?: ReactNode;
}

/**
 * The generic (unbranded) GOV.UK header: Kindred is a council service, so it carries
 * the service name and never the GOV.UK crown.
 */
export function Header({ navigation, account }: HeaderProps) {
  return (
    <header className="govuk-template__header">
      <div className="govuk-generic-header">
        <div className="govuk-generic-header__container govuk-width-container">
          <div className="govuk-generic-header__logo">
            <Link to="/" className="govuk-generic-header__homepage-link">
              Kindred
            </Link>
          </div>
        </div>
      </div>
      <ServiceNavigation items={navigation} end={account} />
    </header>
  );
}
