import { formatDateTime } from "@/lib/format";
import type { AboutMe } from "@/features/young-person-voice/api/worker-view";
import { SECTIONS } from "./section-labels";

function changedParts(version: AboutMe, before: AboutMe | undefined): string[] {
  const parts: string[] = SECTIONS.filter(
    ({ key }) => version.sections[key] !== (before?.sections[key] ?? ""),
  ).map(({ label }) => label);
  if (JSON.stringify(version.self_ratings) !== JSON.stringify(before?.self_ratings ?? {})) {
    parts.push("How I see things");
  }
  if (before && JSON.stringify(version.share) !== JSON.stringify(before.share)) {
    parts.push("What may be shared");
  }
  return parts;
}

/**
 * Each time the young person changed their views, newest first, with what they changed:
 * their voice over time, beside the child's other history.
 */
export function AboutMeHistory({ versions }: { versions: readonly AboutMe[] }) {
  if (versions.length === 0) return <p className="govuk-body">No versions yet.</p>;
  return (
    <ol className="govuk-list app-voice-history" reversed>
      {versions.map((version, index) => {
        const parts = changedParts(version, versions[index + 1]);
        return (
          <li key={version.number} className="app-voice-history__item">
            <p className="govuk-body govuk-!-margin-bottom-1">
              <strong>
                {version.created_at ? formatDateTime(version.created_at) : "Not saved"}
              </strong>{" "}
              (version {version.number})
            </p>
            <p className="govuk-body-s govuk-!-margin-bottom-0">
              {parts.length > 0 ? `Changed: ${parts.join(", ")}` : "No change"}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
