import { type Framework, levelText } from "@/lib/current-framework";
import { OverlayWheel } from "@/components/needs-wheel/OverlayWheel";
import { VERDICT_LABELS, VERDICT_TAGS, type Verdict } from "./verdict-labels";

/** One domain compared: the child's need, what the household can meet, and the verdict. */
export interface DomainMatch {
  domain_key: string;
  need: number;
  capacity: number;
  gap: number;
  verdict: Verdict;
}

interface NeedsCapacityOverlayProps {
  framework: Framework;
  childName: string;
  householdName: string;
  domains: readonly DomainMatch[];
}

/** Domain keys in wheel order: the framework's, then any it does not know, as sent. */
function inFrameworkOrder(framework: Framework, domains: readonly DomainMatch[]) {
  const byKey = new Map(domains.map((domain) => [domain.domain_key, domain]));
  const known = framework.domains.flatMap((domain) => {
    const match = byKey.get(domain.key);
    return match ? [{ name: domain.name, match }] : [];
  });
  const unknown = domains
    .filter((domain) => !framework.domains.some((entry) => entry.key === domain.domain_key))
    .map((match) => ({ name: match.domain_key, match }));
  return [...known, ...unknown];
}

/**
 * The child's needs with a household's capacity over them, on the wheel and as a table:
 * per domain the need, the capacity and the verdict in words.
 */
export function NeedsCapacityOverlay({
  framework,
  childName,
  householdName,
  domains,
}: NeedsCapacityOverlayProps) {
  const rows = inFrameworkOrder(framework, domains);
  const needs = Object.fromEntries(domains.map((domain) => [domain.domain_key, domain.need]));
  const capacity = Object.fromEntries(
    domains.map((domain) => [domain.domain_key, domain.capacity]),
  );
  return (
    <>
      <OverlayWheel
        title={`${childName}’s needs with ${householdName}’s capacity`}
        description="Shaded segments are the child’s needs; the dashed outline is what the household can meet. A shaded segment reaching past the outline is a gap. The table that follows gives each domain’s levels and verdict."
        domains={rows.map(({ name, match }) => ({ key: match.domain_key, name }))}
        series={[
          { key: "need", label: `${childName}’s needs`, variant: "filled", levels: needs },
          {
            key: "capacity",
            label: `${householdName}’s capacity`,
            variant: "outlined",
            levels: capacity,
          },
        ]}
      />
      <table className="govuk-table govuk-table--small-text-until-tablet">
        <caption className="govuk-table__caption govuk-table__caption--s">
          {childName}’s needs and {householdName}’s capacity, by domain
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Domain
            </th>
            <th scope="col" className="govuk-table__header">
              Child’s need
            </th>
            <th scope="col" className="govuk-table__header">
              Household can meet
            </th>
            <th scope="col" className="govuk-table__header">
              Verdict
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map(({ name, match }) => (
            <tr className="govuk-table__row" key={match.domain_key}>
              <th scope="row" className="govuk-table__header">
                {name}
              </th>
              <td className="govuk-table__cell">{levelText(framework, match.need)}</td>
              <td className="govuk-table__cell">{levelText(framework, match.capacity)}</td>
              <td className="govuk-table__cell">
                <strong className={`govuk-tag ${VERDICT_TAGS[match.verdict]}`}>
                  {VERDICT_LABELS[match.verdict]}
                </strong>
                {match.gap > 0 ? (
                  <span className="app-block govuk-body-s govuk-!-margin-bottom-0">
                    {match.gap === 1 ? "1 level short" : `${String(match.gap)} levels short`}
                  </span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
