import { OverlayWheel } from "@/components/needs-wheel/OverlayWheel";
import { type Framework, levelText } from "@/lib/current-framework";
import { formatDate } from "@/lib/format";

interface CapacityProfileProps {
  householdName: string;
  framework: Framework;
  levels: Readonly<Record<string, number>>;
  evidence: Readonly<Record<string, string>>;
  effectiveFrom: string;
}

/**
 * A household's capacity as the needs wheel (the highest level of need it can meet in each
 * domain, outwards from 0 to 4), with the same levels and their evidence as a table.
 */
export function CapacityProfile({
  householdName,
  framework,
  levels,
  evidence,
  effectiveFrom,
}: CapacityProfileProps) {
  const tableCaption = `${householdName}’s capacity by domain, from ${formatDate(effectiveFrom)}`;
  return (
    <>
      <OverlayWheel
        title={`${householdName}’s capacity wheel`}
        description="Each segment reaches the highest level of need, 0 to 4, the household can meet in that domain. The table below gives the same levels."
        domains={framework.domains}
        series={[
          {
            key: "capacity",
            label: "Capacity: the level of need it can meet",
            variant: "filled",
            levels,
          },
        ]}
      />
      <table className="govuk-table govuk-table--small-text-until-tablet">
        <caption className="govuk-table__caption govuk-table__caption--s">{tableCaption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Domain
            </th>
            <th scope="col" className="govuk-table__header">
              Can meet need up to
            </th>
            <th scope="col" className="govuk-table__header">
              Evidence
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {framework.domains.map((domain) => {
            const level = levels[domain.key];
            return (
              <tr className="govuk-table__row" key={domain.key}>
                <th scope="row" className="govuk-table__header">
                  {domain.name}
                </th>
                <td className="govuk-table__cell">
                  {level === undefined ? "Not recorded" : levelText(framework, level)}
                </td>
                <td className="govuk-table__cell app-pre-line">
                  {evidence[domain.key] ?? "None given"}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
