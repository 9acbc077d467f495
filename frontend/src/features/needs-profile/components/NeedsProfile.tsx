import { useId, useState } from "react";

import { wheelSummary } from "@/components/needs-wheel/profile-wheel";
import { ProfileWheel } from "@/components/needs-wheel/ProfileWheel";
import { type Framework, levelText } from "@/lib/current-framework";
import { formatDate } from "@/lib/format";
import type { NeedsPoint } from "@/features/needs-profile/api/needs-history";
import { needsRows } from "./needs-rows";
import { NeedsTable } from "./NeedsTable";

export interface LatestProfile {
  assessedOn: string;
  levels: Readonly<Record<string, number | null>>;
  strengths: Readonly<Record<string, string>>;
}

interface NeedsProfileProps {
  framework: Framework;
  latest: LatestProfile;
  /** Earlier approved assessments, newest first: the ones the wheel can be compared with. */
  earlier: readonly NeedsPoint[];
  /** Hide the comparison picker, e.g. on the printed profile. */
  fixed?: boolean;
}

function strengthLabel(framework: Framework) {
  return (key: string) =>
    framework.strength_levels.find((strength) => strength.key === key)?.label ?? key;
}

/**
 * The child's needs wheel for their latest approved assessment, optionally with an earlier
 * one outlined over it, and next to it the same figures as a table.
 */
export function NeedsProfile({ framework, latest, earlier, fixed = false }: NeedsProfileProps) {
  const selectId = useId();
  const [compareId, setCompareId] = useState("");
  const comparison = earlier.find((point) => point.assessment_id === compareId);
  // Without a chosen comparison, change is measured from the assessment just before.
  const before = comparison ?? earlier[0];
  const describe = (level: number) => levelText(framework, level);
  const latestLabel = `${formatDate(latest.assessedOn)} (latest)`;
  const comparisonLabel = comparison ? formatDate(comparison.assessed_on) : undefined;

  let changeHeading: string | undefined;
  if (!fixed) changeHeading = before ? `Change since ${formatDate(before.assessed_on)}` : "Change";

  const rows = needsRows({
    domains: framework.domains,
    levels: latest.levels,
    strengths: latest.strengths,
    before: before?.levels,
    levelText: describe,
    strengthText: strengthLabel(framework),
  });
  const summary = wheelSummary({
    domains: framework.domains,
    levels: latest.levels,
    strengths: latest.strengths,
    levelText: describe,
    comparisonLabel: comparisonLabel ? `the assessment of ${comparisonLabel}` : undefined,
  });

  return (
    <div className="app-needs-profile">
      <div className="app-needs-profile__wheel">
        {!fixed && earlier.length > 0 ? (
          <div className="govuk-form-group app-no-print">
            <label className="govuk-label" htmlFor={selectId}>
              Compare with an earlier assessment
            </label>
            <select
              className="govuk-select"
              id={selectId}
              value={compareId}
              onChange={(event) => {
                setCompareId(event.target.value);
              }}
            >
              <option value="">No comparison</option>
              {earlier.map((point) => (
                <option key={point.assessment_id} value={point.assessment_id}>
                  {formatDate(point.assessed_on)} (score {point.score})
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <ProfileWheel
          summary={summary}
          domains={framework.domains}
          current={{ label: latestLabel, levels: latest.levels }}
          comparison={
            comparison && comparisonLabel
              ? { label: comparisonLabel, levels: comparison.levels }
              : undefined
          }
          strengths={latest.strengths}
        />
      </div>
      <div className="app-needs-profile__table">
        <NeedsTable
          caption={`Needs by domain, assessed ${formatDate(latest.assessedOn)}`}
          rows={rows}
          changeHeading={changeHeading}
        />
      </div>
    </div>
  );
}
