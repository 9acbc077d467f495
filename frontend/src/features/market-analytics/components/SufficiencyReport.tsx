import { useQuery } from "@tanstack/react-query";

import { HeatGrid } from "@/components/charts/HeatGrid";
import { LoadingMessage } from "@/components/states/LoadingMessage";
import { ProblemMessage } from "@/components/states/ProblemMessage";
import { problemOf } from "@/lib/problem";
import {
  type SufficiencyDomain,
  sufficiencyQueryOptions,
} from "@/features/market-analytics/api/analytics";
import { countText } from "./counts";
import { gapText, sufficiencyCell } from "./sufficiency-cells";

const LEVELS = [1, 2, 3, 4] as const;

function SufficiencyTable({ domains }: { domains: readonly SufficiencyDomain[] }) {
  return (
    <table className="govuk-table govuk-table--small-text-until-tablet">
      <caption className="govuk-table__caption govuk-table__caption--m">
        Children needing each level or above, and the households and places able to meet it
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Domain
          </th>
          <th scope="col" className="govuk-table__header">
            Level
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Children needing it
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Households able
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Places
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Vacancies
          </th>
          <th scope="col" className="govuk-table__header">
            Places against children
          </th>
        </tr>
      </thead>
      {domains.map((domain) => (
        <tbody className="govuk-table__body" key={domain.domain_key}>
          {domain.levels.map((level, index) => (
            <tr className="govuk-table__row" key={level.level}>
              {index === 0 ? (
                <th scope="rowgroup" rowSpan={domain.levels.length} className="govuk-table__header">
                  {domain.domain_name}
                </th>
              ) : null}
              <td className="govuk-table__cell">{level.level} or above</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {countText(level.children)}
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{level.households}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{level.places}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{level.vacancies}</td>
              <td className="govuk-table__cell">{gapText(level)}</td>
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}

/**
 * The market against children's needs: per domain and level, children needing at least
 * that level against the households and places able to meet it. Gaps are where to commission.
 */
export function SufficiencyReport() {
  const report = useQuery(sufficiencyQueryOptions);
  if (report.isPending) return <LoadingMessage>Loading sufficiency…</LoadingMessage>;
  if (report.isError) {
    return <ProblemMessage problem={problemOf(report.error, "Sufficiency")} />;
  }
  const data = report.data;
  const levelOf = (domain: SufficiencyDomain, level: number) =>
    domain.levels.find((entry) => entry.level === level);
  return (
    <>
      <dl className="govuk-summary-list">
        {(
          [
            ["Children in care with approved needs", countText(data.children_considered)],
            ["Households with a capacity profile", String(data.households)],
            ["Places in those households", String(data.places)],
            ["Vacancies now", String(data.vacancies)],
          ] as const
        ).map(([label, value]) => (
          <div className="govuk-summary-list__row" key={label}>
            <dt className="govuk-summary-list__key">{label}</dt>
            <dd className="govuk-summary-list__value">{value}</dd>
          </div>
        ))}
      </dl>
      <h2 className="govuk-heading-m">Where need outstrips the places able to meet it</h2>
      <p className="govuk-body">
        Each cell reads children needing that level or above / places in households able to meet it.
        The redder the cell, the more children per place; a black outline marks fewer places than
        children. Counts of 1 to 4 children are shown as “fewer than 5” (“&lt;5”) and hatched, to
        protect their privacy.
      </p>
      <HeatGrid
        title="Children needing each level against places able to meet it, by domain"
        description="Rows are needs domains, columns levels 1 to 4 or above. The table that follows gives the same figures."
        rowLabels={data.domains.map((domain) => domain.domain_name)}
        columnLabels={LEVELS.map((level) => `Level ${String(level)}+`)}
        cells={data.domains.map((domain) =>
          LEVELS.map((level) => {
            const entry = levelOf(domain, level);
            return entry ? sufficiencyCell(entry) : { intensity: null, text: "–" };
          }),
        )}
      />
      <SufficiencyTable domains={data.domains} />
    </>
  );
}
