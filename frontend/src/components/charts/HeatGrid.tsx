import { useId } from "react";

import { ChartFrame } from "./ChartFrame";

export interface HeatCell {
  /** 0 (cool) to 1 (hot); null for a figure withheld or unknown, drawn hatched. */
  intensity: number | null;
  /** What the cell says, so it reads without colour, e.g. "21 / 103". */
  text: string;
  /** Marks the cell with a heavy border too, e.g. a shortfall. */
  emphasis?: boolean;
}

interface HeatGridProps {
  title: string;
  description: string;
  rowLabels: readonly string[];
  columnLabels: readonly string[];
  /** cells[row][column]. */
  cells: readonly (readonly HeatCell[])[];
}

const LABEL_WIDTH = 270;
const CELL_WIDTH = 92;
const CELL_HEIGHT = 30;
const HEADER = 26;

// GOV.UK colours: from light grey (no pressure) to red (need outstripping supply).
const COOL = [243, 242, 241] as const;
const HOT = [212, 53, 28] as const;

/** The fill for an intensity 0–1, between light grey and red. */
export function heatColour(intensity: number): string {
  const t = Math.min(1, Math.max(0, intensity));
  const channel = (index: 0 | 1 | 2) => Math.round(COOL[index] + (HOT[index] - COOL[index]) * t);
  return `rgb(${String(channel(0))}, ${String(channel(1))}, ${String(channel(2))})`;
}

/** Dark text on light cells, white on dark ones, for contrast. */
export function textColourFor(intensity: number | null): "dark" | "light" {
  return intensity !== null && intensity > 0.55 ? "light" : "dark";
}

/**
 * A small heat grid (rows by columns) whose cells carry their figures as text as well as a
 * colour, so it reads without colour; the page gives the same figures as a table.
 */
export function HeatGrid({ title, description, rowLabels, columnLabels, cells }: HeatGridProps) {
  const patternId = useId();
  const width = LABEL_WIDTH + columnLabels.length * CELL_WIDTH;
  const height = HEADER + rowLabels.length * CELL_HEIGHT;
  return (
    <ChartFrame title={title} description={description} width={width} height={height}>
      <defs>
        <pattern id={patternId} width="6" height="6" patternUnits="userSpaceOnUse">
          <path d="M0 6 L6 0" className="app-chart__hatch" />
        </pattern>
      </defs>
      {columnLabels.map((label, column) => (
        <text
          key={label}
          className="app-chart__label"
          x={LABEL_WIDTH + column * CELL_WIDTH + CELL_WIDTH / 2}
          y={HEADER - 8}
          textAnchor="middle"
        >
          {label}
        </text>
      ))}
      {rowLabels.map((label, row) => {
        const y = HEADER + row * CELL_HEIGHT;
        return (
          <g key={label}>
            <text className="app-chart__label" x={LABEL_WIDTH - 8} y={y + 20} textAnchor="end">
              {label}
            </text>
            {(cells[row] ?? []).map((cell, column) => {
              const x = LABEL_WIDTH + column * CELL_WIDTH;
              return (
                <g key={columnLabels[column] ?? column}>
                  <rect
                    className={
                      cell.emphasis
                        ? "app-chart__cell app-chart__cell--emphasis"
                        : "app-chart__cell"
                    }
                    x={x + 1}
                    y={y + 1}
                    width={CELL_WIDTH - 2}
                    height={CELL_HEIGHT - 2}
                    fill={
                      cell.intensity === null ? `url(#${patternId})` : heatColour(cell.intensity)
                    }
                  />
                  <text
                    className={`app-chart__cell-text app-chart__cell-text--${textColourFor(
                      cell.intensity,
                    )}`}
                    x={x + CELL_WIDTH / 2}
                    y={y + 20}
                    textAnchor="middle"
                  >
                    {cell.text}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
    </ChartFrame>
  );
}
