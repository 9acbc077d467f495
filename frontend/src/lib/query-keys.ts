/**
 * Every query key, as one tree. Keys nest: invalidating a branch (`children.detail(id)`)
 * refreshes everything under it (that child's goals, costs, placements, voice…), so what
 * a change refreshes can be read here rather than pieced together across features.
 * Filters are part of a key as the plain object the request was made from.
 */

const child = (childId: string) => ["children", "detail", childId] as const;
const referral = (referralId: string) => ["referrals", "detail", referralId] as const;
const webhooks = ["partner", "webhooks"] as const;
const voice = (childId: string) => [...child(childId), "voice"] as const;
const costs = (childId: string) => [...child(childId), "costs"] as const;

export const queryKeys = {
  session: { me: ["session", "me"] as const },
  health: ["health"] as const,
  frameworks: {
    current: ["frameworks", "current"] as const,
    version: (version: string) => ["frameworks", "version", version] as const,
  },
  children: {
    all: ["children"] as const,
    lists: ["children", "list"] as const,
    list: (query: object) => ["children", "list", query] as const,
    detail: child,
    assessments: (childId: string) => [...child(childId), "assessments"] as const,
    needsHistory: (childId: string) => [...child(childId), "needs-history"] as const,
    goals: (childId: string) => [...child(childId), "goals"] as const,
    costs,
    costRecords: (childId: string) => [...costs(childId), "records"] as const,
    costPeriod: (childId: string, period: object) => [...costs(childId), "period", period] as const,
    placements: (childId: string) => [...child(childId), "placements"] as const,
    returnRecords: (childId: string) => [...child(childId), "ssda903-records"] as const,
    voice,
    voicePart: (childId: string, part: "about-me" | "history" | "comparison" | "account") =>
      [...voice(childId), part] as const,
    matches: (childId: string) => ["children", "matches", childId] as const,
    matchesFor: (childId: string, query: object) =>
      ["children", "matches", childId, query] as const,
    exclusions: (childId: string) => ["children", "exclusions", childId] as const,
  },
  assessments: {
    detail: (assessmentId: string) => ["assessments", "detail", assessmentId] as const,
    queues: ["assessments", "queue"] as const,
    submitted: (page: number) => ["assessments", "queue", "submitted", page] as const,
  },
  referrals: {
    all: ["referrals"] as const,
    lists: ["referrals", "list"] as const,
    list: (search: object) => ["referrals", "list", search] as const,
    detail: referral,
    preview: (referralId: string, version: number) =>
      [...referral(referralId), "preview", version] as const,
    offers: (referralId: string) => [...referral(referralId), "offers"] as const,
    partnerAgencies: ["referrals", "partner-agencies"] as const,
  },
  partner: {
    referrals: (search: object) => ["partner", "referrals", search] as const,
    referral: (referralId: string) => ["partner", "referral", referralId] as const,
    allOffers: ["partner", "offers"] as const,
    offers: (referralId?: string) => ["partner", "offers", referralId ?? "all"] as const,
    webhooks: {
      all: webhooks,
      list: [...webhooks, "list"] as const,
      one: (webhookId: string) => [...webhooks, "one", webhookId] as const,
      deliveries: (webhookId: string, cursor?: string) =>
        [...webhooks, "deliveries", webhookId, cursor ?? "first"] as const,
    },
  },
  carers: {
    lists: ["carers", "list"] as const,
    list: (query: object) => ["carers", "list", query] as const,
    detail: (householdId: string) => ["carers", "detail", householdId] as const,
    agencies: ["carers", "agencies"] as const,
  },
  analytics: {
    stepDown: (placementType: string) => ["analytics", "step-down", placementType] as const,
    trainingGaps: (placementType: string) => ["analytics", "training-gaps", placementType] as const,
    sufficiency: ["analytics", "sufficiency"] as const,
    needVsSpend: (filters: object) => ["analytics", "need-vs-spend", filters] as const,
    cohortComparison: (filters: object, groupBy: string) =>
      ["analytics", "cohort-comparison", filters, groupBy] as const,
    needsOverTime: (filters: object) => ["analytics", "needs-over-time", filters] as const,
    stability: (filters: object) => ["analytics", "stability", filters] as const,
    distanceFromHome: (filters: object) => ["analytics", "distance-from-home", filters] as const,
    valueSummary: ["analytics", "value-summary"] as const,
    edgesOfCare: ["analytics", "edge-of-care"] as const,
    edgeOfCare: (filters: object) => ["analytics", "edge-of-care", filters] as const,
    weeklyCosts: ["analytics", "weekly-costs"] as const,
  },
  users: {
    all: ["users"] as const,
    lists: ["users", "list"] as const,
    list: (query: object) => ["users", "list", query] as const,
    detail: (userId: string) => ["users", "detail", userId] as const,
  },
  teams: ["teams"] as const,
  apiClients: ["api-clients"] as const,
  auditEvents: (query: object) => ["audit-events", query] as const,
  councilExports: ["council-exports"] as const,
  imports: {
    list: ["imports", "list"] as const,
    detail: (importId: string) => ["imports", "detail", importId] as const,
  },
  bulkLoads: {
    kinds: ["bulk-loads", "kinds"] as const,
    list: ["bulk-loads", "list"] as const,
    detail: (loadId: string) => ["bulk-loads", "detail", loadId] as const,
    errors: (loadId: string, page: number, status: string) =>
      ["bulk-loads", "errors", loadId, page, status] as const,
  },
  myVoice: {
    aboutMe: ["me", "voice", "about-me"] as const,
    wheel: ["me", "voice", "wheel"] as const,
    framework: ["me", "voice", "framework"] as const,
  },
};
