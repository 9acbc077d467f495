import { domainName, type Framework } from "@/lib/current-framework";
import { formatDate, formatDateTime } from "@/lib/format";
import type { Household } from "@/features/carers/api/carers";

type CapacityRecord = Household["capacity_history"][number];

export interface CapacityChange {
  domainKey: string;
  from: number | undefined;
  to: number;
}

/** What a profile changed from the one before it, in framework order where known. */
export function capacityChanges(
  profile: CapacityRecord,
  previous: CapacityRecord | undefined,
): CapacityChange[] {
  if (!previous) return [];
  return Object.entries(profile.levels)
    .filter(([key, level]) => previous.levels[key] !== level)
    .map(([domainKey, to]) => ({ domainKey, from: previous.levels[domainKey], to }));
}

function ChangeList({ framework, changes }: { framework: Framework; changes: CapacityChange[] }) {
  const order = framework.domains.map((domain) => domain.key);
  const position = (key: string) => {
    const index = order.indexOf(key);
    return index === -1 ? order.length : index;
  };
  const sorted = changes.toSorted((a, b) => position(a.domainKey) - position(b.domainKey));
  if (sorted.length === 0) return <p className="govuk-body-s">No levels changed.</p>;
  return (
    <ul className="govuk-list govuk-list--bullet govuk-body-s">
      {sorted.map(({ domainKey, from, to }) => (
        <li key={domainKey}>
          {domainName(framework, domainKey)}: {from ?? "not recorded"} to {to}
          {from === undefined ? "" : from < to ? " (up)" : " (down)"}
        </li>
      ))}
    </ul>
  );
}

interface CapacityHistoryProps {
  framework: Framework;
  history: Household["capacity_history"];
}

/** Every capacity profile recorded for the household, newest first, with what changed. */
export function CapacityHistory({ framework, history }: CapacityHistoryProps) {
  if (history.length === 0) {
    return <p className="govuk-body">No capacity profile has been recorded yet.</p>;
  }
  return (
    <ol className="app-history">
      {history.map((profile, index) => (
        <li key={profile.id} className="app-history__item">
          <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
            From {formatDate(profile.effective_from)}
            {index === 0 ? " (current)" : ""}
          </h3>
          <p className="govuk-body-s govuk-!-margin-bottom-1">
            Recorded {formatDateTime(profile.recorded_at)}, framework version{" "}
            {profile.framework_version}
          </p>
          {index < history.length - 1 ? (
            <ChangeList
              framework={framework}
              changes={capacityChanges(profile, history[index + 1])}
            />
          ) : (
            <p className="govuk-body-s">The first profile recorded.</p>
          )}
        </li>
      ))}
    </ol>
  );
}
