import { formatDate } from "@/lib/format";
import type { NeedsPoint } from "@/features/needs-profile/api/needs-history";
import { type ChartBox, scoreChart } from "./score-chart";

const BOX: ChartBox = {
  width: 600,
  height: 220,
  margin: { left: 40, right: 20, top: 12, bottom: 30 },
};

function changeOf(points: readonly NeedsPoint[], index: number): string {
  const previous = points[index - 1];
  const point = points[index];
  if (!previous || !point) return "First assessment";
  const delta = Math.round((Number(point.score) - Number(previous.score)) * 10) / 10;
  if (delta === 0) return "No change";
  return `${delta > 0 ? "Up" : "Down"} ${Math.abs(delta).toFixed(1)}`;
}

function summaryOf(points: readonly NeedsPoint[]): string {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return "Needs score over time: no approved assessments yet.";
  if (points.length === 1) {
    return `Needs score over time: one approved assessment, scoring ${first.score} out of 100 on ${formatDate(first.assessed_on)}.`;
  }
  return `Needs score over time, out of 100: ${String(points.length)} approved assessments, from ${first.score} on ${formatDate(first.assessed_on)} to ${last.score} on ${formatDate(last.assessed_on)}. The table that follows gives each one.`;
}

/**
 * The weighted needs score at each approved assessment as a small line chart, with the same
 * figures in a table after it (the chart's accessible alternative).
 */
export function ScoreTrend({ points }: { points: readonly NeedsPoint[] }) {
  const chart = scoreChart(
    points.map((point) => ({ date: point.assessed_on, score: Number(point.score) })),
    BOX,
  );
  const { left, right } = BOX.margin;
  return (
    <>
      <svg
        className="app-score-chart"
        viewBox={`0 0 ${String(BOX.width)} ${String(BOX.height)}`}
        role="img"
        aria-label={summaryOf(points)}
        focusable="false"
      >
        <g className="app-score-chart__grid">
          {chart.yTicks.map((tick) => (
            <g key={tick.value}>
              <line x1={left} x2={BOX.width - right} y1={tick.y} y2={tick.y} />
              <text x={left - 6} y={tick.y + 4} textAnchor="end">
                {tick.value}
              </text>
            </g>
          ))}
          {chart.xTicks.map((tick) => (
            <text key={tick.label} x={tick.x} y={BOX.height - 8} textAnchor="middle">
              {tick.label}
            </text>
          ))}
        </g>
        {chart.path ? <path className="app-score-chart__line" d={chart.path} /> : null}
        {chart.points.map((point) => (
          <circle
            key={point.date + String(point.score)}
            className="app-score-chart__point"
            cx={point.x}
            cy={point.y}
            r={5}
          />
        ))}
      </svg>
      <table className="govuk-table govuk-table--small-text-until-tablet">
        <caption className="govuk-table__caption govuk-table__caption--s">
          Needs history: each approved assessment
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Assessed
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Needs score
            </th>
            <th scope="col" className="govuk-table__header">
              Change
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Actionable needs
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Highest level
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {points.map((point, index) => (
            <tr className="govuk-table__row" key={point.assessment_id}>
              <th scope="row" className="govuk-table__header app-table__header--normal">
                {formatDate(point.assessed_on)}
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{point.score}</td>
              <td className="govuk-table__cell">{changeOf(points, index)}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {point.actionable_count}
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {point.highest_level}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
