import type { ReactNode } from "react";
import { Link, useMatch } from "react-router";

export interface NavigationItem {
  to: string;
  label: string;
}

export const PUBLIC_NAVIGATION: readonly NavigationItem[] = [{ to: "/", label: "Home" }];

function NavigationLink({ to, label }: NavigationItem) {
  // Home is current only on "/"; a section is current on its pages too (/admin/users/new).
  const isCurrent = useMatch({ path: to, end: to === "/" }) !== null;
  return (
    <li
      className={
        isCurrent
          ? "govuk-service-navigation__item govuk-service-navigation__item--active"
          : "govuk-service-navigation__item"
      }
    >
      <Link
        className="govuk-service-navigation__link"
        to={to}
        aria-current={isCurrent ? "page" : undefined}
      >
        {/* The strong keeps the current item distinct when users override colours. */}
        {isCurrent ? (
          <strong className="govuk-service-navigation__active-fallback">{label}</strong>
        ) : (
          label
        )}
      </Link>
    </li>
  );
}

interface ServiceNavigationProps {
  items: readonly NavigationItem[];
  /** Shown at the end of the bar, inline on wide screens: the signed-in account. */
  end?: ReactNode;
}

/** GOV.UK service navigation: the service's own sections, below the header. */
export function ServiceNavigation({ items, end }: ServiceNavigationProps) {
  const nav = (
    <div className="govuk-service-navigation__container">
      <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
        <ul className="govuk-service-navigation__list" id="navigation">
          {items.map((item) => (
            <NavigationLink key={item.to} {...item} />
          ))}
        </ul>
      </nav>
    </div>
  );
  if (!end) {
    return (
      <div className="govuk-service-navigation">
        <div className="govuk-width-container">{nav}</div>
      </div>
    );
  }
  return (
    <section aria-label="Service information" className="govuk-service-navigation">
      <div className="govuk-width-container govuk-service-navigation__inlining-container">
        {nav}
        {end}
      </div>
    </section>
  );
}
