import { formatDate } from "@/lib/format";
import type { AboutMe } from "@/features/young-person-voice/api/worker-view";
import { SECTIONS } from "./section-labels";

interface TheirWordsProps {
  aboutMe: AboutMe;
  name: string;
  /** Only the parts the young person agreed may be shared: for the printed profile. */
  sharedOnly?: boolean;
  headingLevel?: 2 | 3;
}

/**
 * The young person's "About me" exactly as they wrote it, marked as theirs, with whether
 * each part may be shared in referrals. Read-only: their words are theirs.
 */
export function TheirWords({
  aboutMe,
  name,
  sharedOnly = false,
  headingLevel = 3,
}: TheirWordsProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const written = SECTIONS.filter(
    ({ key }) => aboutMe.sections[key].trim() !== "" && (!sharedOnly || aboutMe.share[key]),
  );
  if (written.length === 0) {
    return (
      <p className="govuk-body">
        {sharedOnly
          ? `Nothing ${name} has agreed to share yet.`
          : `${name} has not written anything yet.`}
      </p>
    );
  }
  return (
    <div className="app-their-words">
      <p className="govuk-body-s">
        In {name}’s own words
        {aboutMe.created_at ? `, written ${formatDate(aboutMe.created_at)}` : ""}.
      </p>
      {written.map(({ key, label }) => (
        <div key={key} className="app-their-words__section">
          <Heading className="govuk-heading-s govuk-!-margin-bottom-1">
            {label}
            {!sharedOnly && !aboutMe.share[key] ? (
              <strong className="govuk-tag govuk-tag--grey app-their-words__tag">
                Not to be shared
              </strong>
            ) : null}
          </Heading>
          <blockquote className="govuk-inset-text app-pre-line govuk-!-margin-top-1">
            {aboutMe.sections[key]}
          </blockquote>
        </div>
      ))}
    </div>
  );
}
