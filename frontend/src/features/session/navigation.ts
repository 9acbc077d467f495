import type { NavigationItem } from "@/components/layout/ServiceNavigation";
import { type Action, can } from "@/lib/can";
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

interface Section {
  item: NavigationItem;
  /** Offered when the person may take any of these actions. */
  needs: readonly Action[];
}

/** Every section, in the order they appear; each role sees the ones its actions open. */
const SECTIONS: readonly Section[] = [
  { item: CHILDREN, needs: ["children.read"] },
  { item: APPROVALS, needs: ["assessments.decide"] },
  { item: REFERRALS, needs: ["referrals.read"] },
  { item: SHARED_REFERRALS, needs: ["partner.referrals.read"] },
  { item: MY_OFFERS, needs: ["partner.offers.write"] },
  { item: WEBHOOKS, needs: ["partner.webhooks.manage"] },
  { item: USERS, needs: ["users.manage"] },
  { item: TEAMS, needs: ["teams.manage"] },
  { item: API_CLIENTS, needs: ["api_clients.manage"] },
  { item: AUDIT_LOG, needs: ["audit.read"] },
  { item: IMPORTS, needs: ["imports.manage"] },
  { item: BULK_LOADS, needs: ["bulk_loads.manage"] },
  { item: EXPORTS, needs: ["exports.council"] },
  { item: CARERS, needs: ["carers.read"] },
  // Analytics for those who read them; admins keep the weekly cost assumptions there.
  {
    item: ANALYTICS,
    needs: ["analytics.market.read", "analytics.value", "analytics.cost_assumptions.manage"],
  },
];

/**
 * The sections the person's actions open. The API decides what anyone may do; this only
 * avoids offering links that would end in "You do not have permission".
 */
export function navigationFor(me: Me): NavigationItem[] {
  if (can(me, "voice.own.read")) return [MY_PAGE];
  const sections = SECTIONS.filter(({ needs }) => needs.some((action) => can(me, action)));
  return [HOME, ...sections.map(({ item }) => item)];
}

/** Each person's main work, most particular first: the first their actions open is home. */
const LANDINGS: readonly [Action, NavigationItem][] = [
  ["voice.own.read", MY_PAGE],
  ["children.read", CHILDREN],
  ["partner.referrals.read", SHARED_REFERRALS],
  ["users.manage", USERS],
];

/** Where a person lands after signing in when no page asked them to sign in. */
export function homePathFor(me: Me): string {
  const landing = LANDINGS.find(([action]) => can(me, action));
  return (landing?.[1] ?? HOME).to;
}
