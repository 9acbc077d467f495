import type { Framework } from "@/lib/current-framework";

interface StrengthsAndHopesProps {
  framework: Framework;
  domains: readonly {
    key: string;
    name: string;
    strength_level: string;
    strength_notes: string;
  }[];
  aspirations: string;
  whatHelps: string;
  /** Heading level of the three parts: h2 on the printed profile, h3 on the child's page. */
  headingLevel?: 2 | 3;
}

const ORDER = ["centrepiece", "useful", "emerging"];

/** What the child is good at, what they hope for and what helps: the heart of the profile. */
export function StrengthsAndHopes({
  framework,
  domains,
  aspirations,
  whatHelps,
  headingLevel = 3,
}: StrengthsAndHopesProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const className = headingLevel === 2 ? "govuk-heading-m" : "govuk-heading-s";
  const strengths = domains
    .filter((domain) => ORDER.includes(domain.strength_level))
    .sort((a, b) => ORDER.indexOf(a.strength_level) - ORDER.indexOf(b.strength_level));
  const label = (key: string) =>
    framework.strength_levels.find((strength) => strength.key === key)?.label ?? key;
  return (
    <>
      <Heading className={className}>Strengths</Heading>
      {strengths.length > 0 ? (
        <ul className="govuk-list govuk-list--bullet">
          {strengths.map((domain) => (
            <li key={domain.key}>
              <strong>{domain.name}</strong>: {label(domain.strength_level).toLowerCase()}
              {domain.strength_notes ? ` – ${domain.strength_notes}` : ""}
            </li>
          ))}
        </ul>
      ) : (
        <p className="govuk-body">No strengths recorded yet.</p>
      )}
      <Heading className={className}>Aspirations</Heading>
      <p className="govuk-body app-pre-line">{aspirations || "Not recorded yet."}</p>
      <Heading className={className}>What helps</Heading>
      <p className="govuk-body app-pre-line">{whatHelps || "Not recorded yet."}</p>
    </>
  );
}
