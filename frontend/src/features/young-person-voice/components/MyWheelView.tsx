import { OverlayWheel } from "@/components/needs-wheel/OverlayWheel";
import type { WheelSeries } from "@/components/needs-wheel/WheelLegend";
import type {
  ChildFramework,
  MyAboutMe,
  MyWheel,
} from "@/features/young-person-voice/api/my-voice";
import { faceFor } from "./section-labels";

interface MyWheelViewProps {
  wheel: MyWheel;
  framework: ChildFramework;
  /** Their own ratings, drawn as a dotted outline over what was agreed. */
  selfRatings: MyAboutMe["self_ratings"];
}

function levelsOf(entries: [string, number | null | undefined][]): Record<string, number> {
  return Object.fromEntries(
    entries.filter((entry): entry is [string, number] => typeof entry[1] === "number"),
  );
}

/**
 * The young person's wheel in their words: what was agreed with their worker (shaded) and
 * how they see it themselves (dotted), then the same as a list a screen reader can read.
 */
export function MyWheelView({ wheel, framework, selfRatings }: MyWheelViewProps) {
  const domains = wheel.domains.map((domain) => ({ key: domain.key, name: domain.child_name }));
  const series: WheelSeries[] = [];
  if (wheel.assessed_on) {
    const agreed = levelsOf(wheel.domains.map((domain) => [domain.key, domain.level]));
    series.push({ key: "agreed", label: "What we agreed", variant: "filled", levels: agreed });
  }
  const mine = levelsOf(Object.entries(selfRatings).map(([key, rating]) => [key, rating.level]));
  if (Object.keys(mine).length > 0) {
    series.push({ key: "mine", label: "How I see it", variant: "dotted", levels: mine });
  }
  const ownWords = (key: string, level: number) =>
    framework.domains
      .find((domain) => domain.key === key)
      ?.levels.find((choice) => choice.level === level)?.child_descriptor ?? "";
  return (
    <div className="app-my-wheel">
      <OverlayWheel
        title="My wheel"
        description="The further out a part is filled, the more help I need with it. The list below says the same in words."
        domains={domains}
        series={series}
      />
      <ul className="govuk-list app-my-wheel__list">
        {wheel.domains.map((domain) => {
          const own = selfRatings[domain.key];
          return (
            <li key={domain.key} className="app-my-wheel__item">
              <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{domain.child_name}</h3>
              <p className="govuk-body govuk-!-margin-bottom-1">
                <span aria-hidden="true">{faceFor(domain.level)} </span>
                {domain.child_descriptor ?? "We have not talked about this yet."}
              </p>
              {own?.level !== undefined && own.level !== null ? (
                <p className="govuk-body-s govuk-!-margin-bottom-0">
                  How I see it: {faceFor(own.level)} {own.words || ownWords(domain.key, own.level)}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
