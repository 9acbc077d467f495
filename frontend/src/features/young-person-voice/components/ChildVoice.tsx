import { useQuery } from "@tanstack/react-query";

import { LoadingMessage } from "@/components/states/LoadingMessage";
import { ProblemMessage } from "@/components/states/ProblemMessage";
import type { Framework } from "@/lib/current-framework";
import { problemOf } from "@/lib/problem";
import {
  aboutMeHistoryQueryOptions,
  childAboutMeQueryOptions,
  voiceComparisonQueryOptions,
} from "@/features/young-person-voice/api/worker-view";
import { AboutMeHistory } from "./AboutMeHistory";
import { TheirWords } from "./TheirWords";
import { VoiceComparisonView } from "./VoiceComparisonView";
import { YoungPersonAccess } from "./YoungPersonAccess";

interface ChildVoiceProps {
  childId: string;
  name: string;
  framework: Framework;
}

function Voice({ childId, name, framework }: ChildVoiceProps) {
  const aboutMe = useQuery(childAboutMeQueryOptions(childId));
  const comparison = useQuery(voiceComparisonQueryOptions(childId));
  const history = useQuery(aboutMeHistoryQueryOptions(childId));
  const error = aboutMe.error ?? comparison.error ?? history.error;
  if (error) return <ProblemMessage problem={problemOf(error, "Their own voice")} />;
  if (!aboutMe.data || !comparison.data || !history.data) {
    return <LoadingMessage>{`Loading ${name}’s own words…`}</LoadingMessage>;
  }
  if (aboutMe.data.number === 0) {
    return <p className="govuk-body">{name} has not written anything yet.</p>;
  }
  return (
    <>
      <h3 className="govuk-heading-s">How {name} sees their needs</h3>
      <VoiceComparisonView comparison={comparison.data} framework={framework} name={name} />
      <h3 className="govuk-heading-s">About me</h3>
      <TheirWords aboutMe={aboutMe.data} name={name} />
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">{name}’s views over time</span>
        </summary>
        <div className="govuk-details__text">
          <AboutMeHistory versions={history.data.items} />
        </div>
      </details>
    </>
  );
}

/**
 * The young person's own voice on their child page: their ratings beside the assessed ones,
 * their "About me" as they wrote it and its history, and their account.
 */
export function ChildVoice(props: ChildVoiceProps) {
  return (
    <section className="app-child-voice" aria-labelledby="child-voice-heading">
      <h2 className="govuk-heading-m" id="child-voice-heading">
        In {props.name}’s own words
      </h2>
      <Voice {...props} />
      <h3 className="govuk-heading-s">{props.name}’s account</h3>
      <YoungPersonAccess childId={props.childId} name={props.name} />
    </section>
  );
}
