export type WheelVariant = "filled" | "outlined" | "dotted";

const STYLE_NAMES: Record<WheelVariant, string> = {
  filled: "shaded",
  outlined: "dashed outline",
  dotted: "dotted outline",
};

export interface WheelSeries {
  key: string;
  /** What the profile is, e.g. "Ava’s needs" or "The Okafor household’s capacity". */
  label: string;
  /** Filled segments, a dashed or a dotted outline: told apart by shape, not only colour. */
  variant: WheelVariant;
  /** Level 0–4 per domain key; a missing domain is drawn as 0. */
  levels: Readonly<Record<string, number>>;
}

/** Names each profile drawn on the wheel beside a sample of how it is drawn. */
export function WheelLegend({ series }: { series: readonly WheelSeries[] }) {
  return (
    <ul className="app-wheel__legend" aria-label="Key">
      {series.map((profile) => (
        <li key={profile.key} className="app-wheel__legend-item">
          <svg
            className={`app-wheel__swatch app-wheel__series--${profile.variant}`}
            viewBox="0 0 24 24"
            width="24"
            height="24"
            aria-hidden="true"
            focusable="false"
          >
            <rect x="2" y="2" width="20" height="20" />
          </svg>
          <span>
            {profile.label}{" "}
            <span className="app-wheel__legend-style">({STYLE_NAMES[profile.variant]})</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
