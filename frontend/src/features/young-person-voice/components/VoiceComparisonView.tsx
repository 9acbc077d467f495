import { OverlayWheel } from "@/components/needs-wheel/OverlayWheel";
import type { WheelSeries } from "@/components/needs-wheel/WheelLegend";
import { type Framework, levelText } from "@/lib/current-framework";
import { formatDate } from "@/lib/format";
import type {
  ComparedDomain,
  VoiceComparison,
} from "@/features/young-person-voice/api/worker-view";

interface VoiceComparisonViewProps {
  comparison: VoiceComparison;
  framework: Framework;
  /** The child's name, e.g. "Ava", for the wheel's key and the table's headings. */
  name: string;
}

function levels(
  domains: readonly ComparedDomain[],
  pick: (domain: ComparedDomain) => number | null,
) {
  const entries = domains.map((domain) => [domain.key, pick(domain)] as const);
  return Object.fromEntries(entries.filter((entry) => entry[1] !== null)) as Record<string, number>;
}

/**
 * The practitioner's approved levels and the young person's own, side by side: two outlines
 * on one wheel and a table, with the domains where they differ marked as things to talk
 * about. Nothing here changes either rating.
 */
export function VoiceComparisonView({ comparison, framework, name }: VoiceComparisonViewProps) {
  const { domains } = comparison;
  const series: WheelSeries[] = [
    {
      key: "practitioner",
      label: comparison.assessed_on
        ? `Assessed ${formatDate(comparison.assessed_on)}`
        : "Not assessed yet",
      variant: "outlined",
      levels: levels(domains, (domain) => domain.practitioner_level),
    },
    {
      key: "young-person",
      label: `How ${name} sees it`,
      variant: "dotted",
      levels: levels(domains, (domain) => domain.young_person_level),
    },
  ];
  const describe = (level: number | null) =>
    level === null ? "Not rated" : levelText(framework, level);
  return (
    <div className="app-needs-profile">
      <div className="app-needs-profile__wheel">
        <OverlayWheel
          title={`The assessed needs and how ${name} sees them`}
          description="Two outlines, one per view. The table beside it gives the same levels."
          domains={domains}
          series={series}
        />
      </div>
      <div className="app-needs-profile__table">
        <p className="govuk-body">
          {comparison.differences === 0
            ? "The two views agree where both are rated."
            : `The two views differ in ${String(comparison.differences)} ${comparison.differences === 1 ? "domain" : "domains"}: a place to start a conversation.`}
        </p>
        <table className="govuk-table govuk-table--small-text-until-tablet">
          <caption className="govuk-table__caption govuk-table__caption--s">
            Assessed level and {name}’s own view, by domain
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Domain
              </th>
              <th scope="col" className="govuk-table__header">
                Assessed
              </th>
              <th scope="col" className="govuk-table__header">
                {name}’s view
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {domains.map((domain) => (
              <tr
                key={domain.key}
                className={
                  domain.differs ? "govuk-table__row app-voice-differs" : "govuk-table__row"
                }
              >
                <th scope="row" className="govuk-table__header app-table__header--normal">
                  {domain.name}
                  {domain.differs ? (
                    <strong className="govuk-tag govuk-tag--yellow app-voice-differs__tag">
                      Talk about this
                    </strong>
                  ) : null}
                </th>
                <td className="govuk-table__cell">{describe(domain.practitioner_level)}</td>
                <td className="govuk-table__cell">
                  {describe(domain.young_person_level)}
                  {domain.young_person_words ? (
                    <span className="app-voice-words">“{domain.young_person_words}”</span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
