import type { Assessment } from "@/features/assessments/api/assessments";
import type { NeedsPoint } from "@/features/needs-profile/api/needs-history";
import type { LatestProfile } from "@/features/needs-profile/components/NeedsProfile";

/** The wheel's data from the child's latest approved assessment. */
export function latestProfileOf(latest: Assessment): LatestProfile {
  return {
    assessedOn: latest.assessed_on ?? latest.updated_at,
    levels: Object.fromEntries(latest.domains.map((domain) => [domain.key, domain.need_level])),
    strengths: Object.fromEntries(
      latest.domains.map((domain) => [domain.key, domain.strength_level]),
    ),
  };
}

/** The approved assessments before the latest, newest first: what the wheel compares with. */
export function earlierPoints(points: readonly NeedsPoint[], latestId: string): NeedsPoint[] {
  return points.filter((point) => point.assessment_id !== latestId).reverse();
}
