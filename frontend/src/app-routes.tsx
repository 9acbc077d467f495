import type { RouteObject } from "react-router";

import { PageShell } from "./components/layout/PageShell";
import { LoadingMessage } from "./components/states/LoadingMessage";
import { RequireSession } from "./features/session/components/RequireSession";
import { ErrorPage } from "./routes/ErrorPage";
import { RootLayout } from "./routes/RootLayout";

/** Every page of the app. Pages load lazily so the first download stays small. */
export const appRoutes: RouteObject[] = [
  {
    path: "/",
    element: <RootLayout />,
    errorElement: <ErrorPage />,
    hydrateFallbackElement: (
      <PageShell>
        <LoadingMessage>Loading…</LoadingMessage>
      </PageShell>
    ),
    children: [
      {
        index: true,
        lazy: async () => ({ Component: (await import("./routes/HomePage")).HomePage }),
      },
      {
        path: "sign-in",
        lazy: async () => ({ Component: (await import("./routes/SignInPage")).SignInPage }),
      },
      // The young person’s own voice: public pages to redeem a code or sign in with a PIN (the
      // paths the API and the demo data name), then their own pages under /me.
      {
        path: "young-people/join",
        lazy: async () => ({
          Component: (await import("./routes/young-person/JoinPage")).JoinPage,
        }),
      },
      {
        path: "young-people",
        lazy: async () => ({
          Component: (await import("./routes/young-person/MySignInPage")).MySignInPage,
        }),
      },
      {
        element: <RequireSession />,
        children: [
          {
            path: "me",
            lazy: async () => ({
              Component: (await import("./routes/young-person/MyHomePage")).MyHomePage,
            }),
          },
          {
            path: "me/about-me",
            lazy: async () => ({
              Component: (await import("./routes/young-person/MyAboutMePage")).MyAboutMePage,
            }),
          },
          {
            path: "me/how-i-see-it",
            lazy: async () => ({
              Component: (await import("./routes/young-person/MyRatingsPage")).MyRatingsPage,
            }),
          },
        ],
      },
      {
        // Everything below needs a session; without one the guard sends people to sign in.
        element: <RequireSession />,
        children: [
          {
            path: "admin/users",
            lazy: async () => ({
              Component: (await import("./routes/admin/UsersPage")).UsersPage,
            }),
          },
          {
            path: "admin/users/new",
            lazy: async () => ({
              Component: (await import("./routes/admin/NewUserPage")).NewUserPage,
            }),
          },
          {
            path: "admin/users/:userId",
            lazy: async () => ({
              Component: (await import("./routes/admin/EditUserPage")).EditUserPage,
            }),
          },
          {
            path: "admin/teams",
            lazy: async () => ({
              Component: (await import("./routes/admin/TeamsPage")).TeamsPage,
            }),
          },
          {
            path: "admin/teams/:teamId",
            lazy: async () => ({
              Component: (await import("./routes/admin/RenameTeamPage")).RenameTeamPage,
            }),
          },
          {
            path: "admin/api-clients",
            lazy: async () => ({
              Component: (await import("./routes/admin/ApiClientsPage")).ApiClientsPage,
            }),
          },
          {
            path: "admin/api-clients/new",
            lazy: async () => ({
              Component: (await import("./routes/admin/NewApiClientPage")).NewApiClientPage,
            }),
          },
          {
            path: "admin/audit",
            lazy: async () => ({
              Component: (await import("./routes/admin/AuditLogPage")).AuditLogPage,
            }),
          },
          // Carers (fostering households), a child's matches, and the market analytics.
          {
            path: "carers",
            lazy: async () => ({
              Component: (await import("./routes/carers/CarersPage")).CarersPage,
            }),
          },
          {
            path: "carers/new",
            lazy: async () => ({
              Component: (await import("./routes/carers/NewCarerPage")).NewCarerPage,
            }),
          },
          {
            path: "carers/:householdId",
            lazy: async () => ({
              Component: (await import("./routes/carers/CarerPage")).CarerPage,
            }),
          },
          {
            path: "carers/:householdId/edit",
            lazy: async () => ({
              Component: (await import("./routes/carers/EditCarerPage")).EditCarerPage,
            }),
          },
          {
            path: "carers/:householdId/capacity",
            lazy: async () => ({
              Component: (await import("./routes/carers/CarerCapacityPage")).CarerCapacityPage,
            }),
          },
          {
            path: "children/:childId/matches",
            lazy: async () => ({
              Component: (await import("./routes/children/ChildMatchesPage")).ChildMatchesPage,
            }),
          },
          {
            path: "analytics",
            lazy: async () => ({
              Component: (await import("./routes/analytics/AnalyticsPage")).AnalyticsPage,
            }),
          },
          {
            path: "analytics/step-down",
            lazy: async () => ({
              Component: (await import("./routes/analytics/StepDownPage")).StepDownPage,
            }),
          },
          {
            path: "analytics/training-gaps",
            lazy: async () => ({
              Component: (await import("./routes/analytics/TrainingGapsPage")).TrainingGapsPage,
            }),
          },
          {
            path: "analytics/sufficiency",
            lazy: async () => ({
              Component: (await import("./routes/analytics/SufficiencyPage")).SufficiencyPage,
            }),
          },
          {
            path: "matching/plan",
            lazy: async () => ({
              Component: (await import("./routes/matching/CohortPlanPage")).CohortPlanPage,
            }),
          },
          // Placements, costs and value: the SSDA903 import (admins) and need vs spend.
          {
            path: "admin/exports",
            lazy: async () => ({
              Component: (await import("./routes/admin/ExportsPage")).ExportsPage,
            }),
          },
          {
            path: "admin/imports",
            lazy: async () => ({
              Component: (await import("./routes/admin/ImportsPage")).ImportsPage,
            }),
          },
          {
            path: "admin/imports/:importId",
            lazy: async () => ({
              Component: (await import("./routes/admin/ImportPage")).ImportPage,
            }),
          },
          {
            path: "admin/bulk-loads",
            lazy: async () => ({
              Component: (await import("./routes/admin/BulkLoadsPage")).BulkLoadsPage,
            }),
          },
          {
            path: "admin/bulk-loads/:loadId",
            lazy: async () => ({
              Component: (await import("./routes/admin/BulkLoadPage")).BulkLoadPage,
            }),
          },
          {
            path: "analytics/need-vs-spend",
            lazy: async () => ({
              Component: (await import("./routes/analytics/NeedVsSpendPage")).NeedVsSpendPage,
            }),
          },
          // Placement referrals (council) and the agency portal (partner agencies' people).
          {
            path: "referrals",
            lazy: async () => ({
              Component: (await import("./routes/referrals/ReferralsPage")).ReferralsPage,
            }),
          },
          {
            path: "referrals/:referralId",
            lazy: async () => ({
              Component: (await import("./routes/referrals/ReferralPage")).ReferralPage,
            }),
          },
          {
            path: "referrals/:referralId/offers",
            lazy: async () => ({
              Component: (await import("./routes/referrals/OffersPage")).OffersPage,
            }),
          },
          {
            path: "children/:childId/referrals/new",
            lazy: async () => ({
              Component: (await import("./routes/children/StartReferralPage")).StartReferralPage,
            }),
          },
          {
            path: "agency/referrals",
            lazy: async () => ({
              Component: (await import("./routes/agency/SharedReferralsPage")).SharedReferralsPage,
            }),
          },
          {
            path: "agency/referrals/:referralId",
            lazy: async () => ({
              Component: (await import("./routes/agency/SharedReferralPage")).SharedReferralPage,
            }),
          },
          {
            path: "agency/offers",
            lazy: async () => ({
              Component: (await import("./routes/agency/MyOffersPage")).MyOffersPage,
            }),
          },
          {
            path: "agency/webhooks",
            lazy: async () => ({
              Component: (await import("./routes/agency/WebhooksPage")).WebhooksPage,
            }),
          },
          {
            path: "agency/webhooks/new",
            lazy: async () => ({
              Component: (await import("./routes/agency/NewWebhookPage")).NewWebhookPage,
            }),
          },
          {
            path: "agency/webhooks/:webhookId",
            lazy: async () => ({
              Component: (await import("./routes/agency/WebhookPage")).WebhookPage,
            }),
          },
          // Value analytics: the value summary, cohorts, needs over time, outcomes, edge of care.
          {
            path: "analytics/value-summary",
            lazy: async () => ({
              Component: (await import("./routes/analytics/ValueSummaryPage")).ValueSummaryPage,
            }),
          },
          {
            path: "analytics/cohort-comparison",
            lazy: async () => ({
              Component: (await import("./routes/analytics/CohortComparisonPage"))
                .CohortComparisonPage,
            }),
          },
          {
            path: "analytics/needs-over-time",
            lazy: async () => ({
              Component: (await import("./routes/analytics/NeedsOverTimePage")).NeedsOverTimePage,
            }),
          },
          {
            path: "analytics/stability",
            lazy: async () => ({
              Component: (await import("./routes/analytics/StabilityPage")).StabilityPage,
            }),
          },
          {
            path: "analytics/distance-from-home",
            lazy: async () => ({
              Component: (await import("./routes/analytics/DistanceFromHomePage"))
                .DistanceFromHomePage,
            }),
          },
          {
            path: "analytics/edge-of-care",
            lazy: async () => ({
              Component: (await import("./routes/analytics/EdgeOfCarePage")).EdgeOfCarePage,
            }),
          },
          // Children: the caseload, a child's needs profile, assessments and approvals.
          {
            path: "children",
            lazy: async () => ({
              Component: (await import("./routes/children/CaseloadPage")).CaseloadPage,
            }),
          },
          {
            path: "children/new",
            lazy: async () => ({
              Component: (await import("./routes/children/NewChildPage")).NewChildPage,
            }),
          },
          {
            path: "children/:childId",
            lazy: async () => ({
              Component: (await import("./routes/children/ChildPage")).ChildPage,
            }),
          },
          {
            path: "children/:childId/edit",
            lazy: async () => ({
              Component: (await import("./routes/children/EditChildPage")).EditChildPage,
            }),
          },
          {
            path: "children/:childId/profile",
            lazy: async () => ({
              Component: (await import("./routes/children/ProfilePage")).ProfilePage,
            }),
          },
          {
            path: "assessments/:assessmentId",
            lazy: async () => ({
              Component: (await import("./routes/assessments/AssessmentPage")).AssessmentPage,
            }),
          },
          {
            path: "approvals",
            lazy: async () => ({
              Component: (await import("./routes/approvals/ApprovalsPage")).ApprovalsPage,
            }),
          },
          {
            path: "approvals/:assessmentId",
            lazy: async () => ({
              Component: (await import("./routes/approvals/ApprovalPage")).ApprovalPage,
            }),
          },
          {
            path: "approvals/referrals/:referralId",
            lazy: async () => ({
              Component: (await import("./routes/approvals/ReferralApprovalPage"))
                .ReferralApprovalPage,
            }),
          },
        ],
      },
      {
        path: "*",
        lazy: async () => ({ Component: (await import("./routes/NotFoundPage")).NotFoundPage }),
      },
    ],
  },
];
