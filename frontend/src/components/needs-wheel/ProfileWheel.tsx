import type { ReactNode } from "react";

import {
  type ProfileDomain,
  starPath,
  type StrengthMarker,
  strengthMarkers,
} from "./profile-wheel";
import {
  labelPlacement,
  levelRadius,
  polar,
  ringRadii,
  segmentAngles,
  segmentPath,
  type WheelSize,
  wrapLabel,
} from "./wheel-geometry";

export interface WheelProfile {
  /** What the profile is, for the key, e.g. "3 November 2026 (latest)". */
  label: string;
  /** Level 0–4 per domain key; a missing or null level is drawn as 0. */
  levels: Readonly<Record<string, number | null | undefined>>;
}

interface ProfileWheelProps {
  /** The accessible name: a summary of what the wheel shows (see wheelSummary). */
  summary: string;
  /** The framework's domains, in wheel order (clockwise from the top). */
  domains: readonly ProfileDomain[];
  /** The profile drawn filled. */
  current: WheelProfile;
  /** An earlier profile drawn as a dashed outline over it. */
  comparison?: WheelProfile | undefined;
  /** Strength level per domain key; useful and centrepiece strengths are marked. */
  strengths?: Readonly<Record<string, string | null | undefined>>;
}

const SIZE: WheelSize = { hub: 18, rim: 150 };
const LABEL_RADIUS = 166;
const MARKER_RADIUS = 134;
const LABEL_WIDTH = 17;
const LINE_HEIGHT = 15;

function DomainLabel({ name, index, count }: { name: string; index: number; count: number }) {
  const { x, y, anchor } = labelPlacement(index, count, LABEL_RADIUS);
  const lines = wrapLabel(name, LABEL_WIDTH);
  // Labels above the wheel grow upwards, those below downwards, those beside it centre.
  const vertical = Math.cos(segmentAngles(index, count).middle);
  const firstLineY =
    vertical > 0.2
      ? y - (lines.length - 1) * LINE_HEIGHT
      : vertical < -0.2
        ? y + LINE_HEIGHT * 0.7
        : y - ((lines.length - 1) * LINE_HEIGHT) / 2 + 4;
  return (
    <text className="app-wheel__label" x={x} y={firstLineY} textAnchor={anchor}>
      {lines.map((line, lineIndex) => (
        <tspan key={line} x={x} dy={lineIndex === 0 ? 0 : LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

function Marker({ marker }: { marker: StrengthMarker }) {
  return marker.mark === "centrepiece" ? (
    <path
      className="app-wheel__strength app-wheel__strength--centrepiece"
      d={starPath(marker, 9)}
    />
  ) : (
    <circle
      className="app-wheel__strength app-wheel__strength--useful"
      cx={marker.x}
      cy={marker.y}
      r={5}
    />
  );
}

function Series({
  domains,
  profile,
  variant,
}: {
  domains: readonly ProfileDomain[];
  profile: WheelProfile;
  variant: "filled" | "outlined";
}) {
  return (
    <g className={`app-wheel__series app-wheel__series--${variant}`} data-series={variant}>
      {domains.map((domain, index) => {
        const path = segmentPath(index, domains.length, profile.levels[domain.key] ?? 0, SIZE);
        return path ? <path key={domain.key} d={path} data-domain={domain.key} /> : null;
      })}
    </g>
  );
}

function Swatch({ className, children }: { className: string; children?: ReactNode }) {
  return (
    <svg
      className={`app-wheel__swatch ${className}`}
      viewBox="0 0 24 24"
      width="24"
      height="24"
      aria-hidden="true"
      focusable="false"
    >
      {children ?? <rect x="2" y="2" width="20" height="20" />}
    </svg>
  );
}

/**
 * A child's needs wheel: one segment per domain, filled outwards to the level 0–4, an earlier
 * profile as a dashed outline, and strengths marked with a dot (useful) or a star
 * (centrepiece). It is one image with a summary as its name; the page puts a table of the
 * same figures next to it, so nothing is carried by the picture or by colour alone.
 */
export function ProfileWheel({
  summary,
  domains,
  current,
  comparison,
  strengths = {},
}: ProfileWheelProps) {
  const count = domains.length;
  if (count === 0) return null;
  const markers = strengthMarkers(domains, strengths, MARKER_RADIUS);
  const hasUseful = markers.some((marker) => marker.mark === "useful");
  const hasCentrepiece = markers.some((marker) => marker.mark === "centrepiece");
  return (
    <div className="app-wheel">
      <svg
        className="app-wheel__image"
        viewBox="-290 -220 580 440"
        role="img"
        aria-label={summary}
        focusable="false"
      >
        <g className="app-wheel__grid">
          {ringRadii(SIZE).map((radius) => (
            <circle key={radius} r={radius} />
          ))}
          {domains.map((domain, index) => {
            const { start } = segmentAngles(index, count);
            const from = polar(start, SIZE.hub);
            const to = polar(start, SIZE.rim);
            return <line key={domain.key} x1={from.x} y1={from.y} x2={to.x} y2={to.y} />;
          })}
        </g>
        <Series domains={domains} profile={current} variant="filled" />
        {comparison ? <Series domains={domains} profile={comparison} variant="outlined" /> : null}
        <g className="app-wheel__strengths">
          {markers.map((marker) => (
            <Marker key={marker.key} marker={marker} />
          ))}
        </g>
        <g className="app-wheel__scale">
          {[1, 2, 3, 4].map((level) => (
            <text key={level} x={4} y={-levelRadius(level, SIZE) + 12}>
              {level}
            </text>
          ))}
        </g>
        {domains.map((domain, index) => (
          <DomainLabel key={domain.key} name={domain.name} index={index} count={count} />
        ))}
      </svg>
      <ul className="app-wheel__legend" aria-label="Key">
        <li className="app-wheel__legend-item">
          <Swatch className="app-wheel__series--filled" />
          <span>
            {current.label} <span className="app-wheel__legend-style">(shaded)</span>
          </span>
        </li>
        {comparison ? (
          <li className="app-wheel__legend-item">
            <Swatch className="app-wheel__series--outlined" />
            <span>
              {comparison.label} <span className="app-wheel__legend-style">(dashed outline)</span>
            </span>
          </li>
        ) : null}
        {hasUseful ? (
          <li className="app-wheel__legend-item">
            <Swatch className="app-wheel__legend-marker">
              <circle
                className="app-wheel__strength app-wheel__strength--useful"
                cx="12"
                cy="12"
                r="5"
              />
            </Swatch>
            <span>
              A useful strength <span className="app-wheel__legend-style">(dot)</span>
            </span>
          </li>
        ) : null}
        {hasCentrepiece ? (
          <li className="app-wheel__legend-item">
            <Swatch className="app-wheel__legend-marker">
              <path
                className="app-wheel__strength app-wheel__strength--centrepiece"
                d={starPath({ x: 12, y: 12 }, 10)}
              />
            </Swatch>
            <span>
              A centrepiece strength <span className="app-wheel__legend-style">(star)</span>
            </span>
          </li>
        ) : null}
      </ul>
    </div>
  );
}
