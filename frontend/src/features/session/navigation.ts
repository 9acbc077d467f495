import type { NavigationItem } from "../../components/layout/ServiceNavigation";
import type { Me } from "./api/me";

const HOME: NavigationItem = { to: "/", label: "Home" };
const USERS: NavigationItem = { to: "/admin/users", label: "Users" };
const TEAMS: NavigationItem = { to: "/admin/teams", label: "Teams" };
const API_CLIENTS: NavigationItem = { to: "/admin/api-clients", label: "API clients" };
const AUDIT_LOG: NavigationItem = { to: "/admin/audit", label: "Audit log" };
const IMPORTS: NavigationItem = { to: "/admin/imports", label: "Imports" };
const EXPORTS: NavigationItem = { to: "/admin/exports", label: "Exports" };
const BULK_LOADS: NavigationItem = { to: "/admin/bulk-loads", label: "Bulk loads" };
const CARERS: NavigationItem = { to: "/carers", label: "Carers" };
const ANALYTICS: NavigationItem = { to: "/analytics", label: "Analytics" };
const CHILDREN: NavigationItem = { to: "/children", label: "Children" };
const APPROVALS: NavigationItem = { to: "/approvals", label: "Approvals" };
/** A young person's own pages (About me and their ratings are under it), and nothing else. */
const MY_PAGE: NavigationItem = { to: "/me", label: "My page" };
const REFERRALS: NavigationItem = { to: "/referrals", label: "Referrals" };
const SHARED_REFERRALS: NavigationItem = { to: "/agency/referrals", label: "Shared referrals" };
const MY_OFFERS: NavigationItem = { to: "/agency/offers", label: "Our offers" };
const WEBHOOKS: NavigationItem = { to: "/agency/webhooks", label: "Webhooks" };

/** Casework: the children for practitioners and managers, and approvals for managers. */
function casework(me: Me): NavigationItem[] {
  if (me.organisation.kind !== "council") return [];
  if (me.role === "practitioner") return [CHILDREN, REFERRALS];
  if (me.role === "manager") return [CHILDREN, APPROVALS, REFERRALS];
  return [];
}

const CARER_READERS: readonly Me["role"][] = ["practitioner", "manager", "commissioner", "admin"];

/** Analytics for managers and commissioners; admins keep the weekly cost assumptions there. */
const ANALYTICS_ROLES: readonly Me["role"][] = ["manager", "commissioner", "admin"];

/** Carers for a council's staff; the analytics for those who read them or set their costs. */
function carersAndAnalytics(me: Me): NavigationItem[] {
  if (me.organisation.kind !== "council") return [];
  const sections: NavigationItem[] = [];
  if (CARER_READERS.includes(me.role)) sections.push(CARERS);
  if (ANALYTICS_ROLES.includes(me.role)) sections.push(ANALYTICS);
  return sections;
}

/**
 * The sections a person's role can use. The API decides what anyone may do; this only
 * avoids offering links that would end in "You do not have permission".
 */
export function navigationFor(me: Me): NavigationItem[] {
  if (me.role === "young_person") return [MY_PAGE];
  if (me.role === "agency_user") return [HOME, SHARED_REFERRALS, MY_OFFERS, WEBHOOKS];
  if (me.role !== "admin") return [HOME, ...casework(me), ...carersAndAnalytics(me)];
  if (me.organisation.kind === "agency") return [HOME, USERS, API_CLIENTS];
  return [
    HOME,
    USERS,
    TEAMS,
    API_CLIENTS,
    AUDIT_LOG,
    IMPORTS,
    BULK_LOADS,
    EXPORTS,
    ...carersAndAnalytics(me),
  ];
}

/** Where a person lands after signing in when no page asked them to sign in. */
export function homePathFor(me: Me): string {
  if (me.role === "young_person") return MY_PAGE.to;
  if (casework(me).length > 0) return CHILDREN.to;
  if (me.role === "agency_user") return SHARED_REFERRALS.to;
  return me.role === "admin" ? USERS.to : HOME.to;
}
