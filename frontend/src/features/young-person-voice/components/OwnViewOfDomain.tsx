import { useQuery } from "@tanstack/react-query";

import { type Framework, levelText } from "@/lib/current-framework";
import { voiceComparisonQueryOptions } from "@/features/young-person-voice/api/worker-view";

interface OwnViewOfDomainProps {
  childId: string;
  name: string;
  framework: Framework;
  domainKey: string;
}

/**
 * The assessment editor's side panel: how the young person rates this domain themselves, in
 * their words, and whether it differs from the last approved level. It informs; it never
 * sets the practitioner's level.
 */
export function OwnViewOfDomain({ childId, name, framework, domainKey }: OwnViewOfDomainProps) {
  const comparison = useQuery(voiceComparisonQueryOptions(childId));
  // A side panel: when it cannot load, the editor carries on without it.
  const domain = comparison.data?.domains.find((entry) => entry.key === domainKey);
  if (!domain || comparison.data?.about_me_number === 0) return null;
  const rated = domain.young_person_level !== null || domain.young_person_words !== "";
  return (
    <aside className="app-side-panel" aria-labelledby="own-view-heading">
      <h2 className="govuk-heading-s" id="own-view-heading">
        How {name} sees it
      </h2>
      {rated ? (
        <>
          <p className="govuk-body govuk-!-margin-bottom-1">
            <strong>
              {domain.young_person_level === null
                ? "Not sure"
                : levelText(framework, domain.young_person_level)}
            </strong>
          </p>
          {domain.young_person_words ? (
            <p className="govuk-body-s app-voice-words">“{domain.young_person_words}”</p>
          ) : null}
          {domain.differs ? (
            <p className="govuk-body-s govuk-!-margin-bottom-0">
              <strong className="govuk-tag govuk-tag--yellow">Talk about this</strong> Different
              from the last approved level.
            </p>
          ) : null}
        </>
      ) : (
        <p className="govuk-body-s govuk-!-margin-bottom-0">{name} has not rated this yet.</p>
      )}
    </aside>
  );
}
