import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";

import { LoadingMessage } from "@/components/states/LoadingMessage";
import { ProblemMessage } from "@/components/states/ProblemMessage";
import { assessmentQueryOptions } from "@/features/assessments/api/assessments";
import { childQueryOptions } from "@/features/children/api/children";
import { Goals } from "@/features/goals/components/Goals";
import { NeedsProfile } from "@/features/needs-profile/components/NeedsProfile";
import { StrengthsAndHopes } from "@/features/needs-profile/components/StrengthsAndHopes";
import { childAboutMeQueryOptions } from "@/features/young-person-voice/api/worker-view";
import { TheirWords } from "@/features/young-person-voice/components/TheirWords";
import { CARE_STATUS_LABELS, childName } from "@/lib/child-codes";
import { currentFrameworkQueryOptions } from "@/lib/current-framework";
import { formatDate } from "@/lib/format";
import { problemOf } from "@/lib/problem";
import { useDocumentTitle } from "@/lib/use-document-title";
import { latestProfileOf } from "./child-profile-data";

/** The one-page profile to print and share: wheel, strengths, hopes, what helps and goals. */
export function ProfilePage() {
  const { childId = "" } = useParams();
  const child = useQuery(childQueryOptions(childId));
  const framework = useQuery(currentFrameworkQueryOptions);
  const latestId = child.data?.latest_assessment_id;
  const latest = useQuery({ ...assessmentQueryOptions(latestId ?? ""), enabled: !!latestId });
  const aboutMe = useQuery(childAboutMeQueryOptions(childId));
  const name = child.data ? childName(child.data) : "Child";
  useDocumentTitle(`${name}: one-page profile`);

  let body;
  const error = child.error ?? framework.error ?? latest.error;
  if (error) {
    body = <ProblemMessage problem={problemOf(error, "The profile")} />;
  } else if (!child.data || !framework.data || aboutMe.isPending || (latestId && !latest.data)) {
    body = <LoadingMessage>Loading the profile…</LoadingMessage>;
  } else {
    const assessment = latest.data;
    body = (
      <article className="app-profile">
        <h1 className="govuk-heading-l govuk-!-margin-bottom-2">{name}</h1>
        <p className="govuk-body-s">
          Age {child.data.age} · {CARE_STATUS_LABELS[child.data.care_status]} ·{" "}
          {child.data.team.name}
          {assessment?.assessed_on
            ? ` · Needs assessed ${formatDate(assessment.assessed_on)} (score ${assessment.score ?? "–"})`
            : ""}
        </p>
        {assessment ? (
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-full app-profile__needs">
              <NeedsProfile
                framework={framework.data}
                latest={latestProfileOf(assessment)}
                earlier={[]}
                fixed
              />
            </div>
            <div className="govuk-grid-column-one-half">
              <StrengthsAndHopes
                framework={framework.data}
                domains={assessment.domains}
                aspirations={assessment.aspirations}
                whatHelps={assessment.what_helps}
                headingLevel={2}
              />
            </div>
            <div className="govuk-grid-column-one-half">
              <h2 className="govuk-heading-m">Goals</h2>
              <Goals childId={childId} domains={framework.data.domains} readOnly />
            </div>
            {/* Their own words, if they wrote any: the profile prints without them otherwise. */}
            {aboutMe.data && aboutMe.data.number > 0 ? (
              <div className="govuk-grid-column-full">
                <h2 className="govuk-heading-m">In {name}’s own words</h2>
                <TheirWords aboutMe={aboutMe.data} name={name} sharedOnly headingLevel={3} />
              </div>
            ) : null}
          </div>
        ) : (
          <p className="govuk-body">No approved assessment yet, so there is no profile to print.</p>
        )}
      </article>
    );
  }

  return (
    <>
      <Link className="govuk-back-link" to={`/children/${childId}`}>
        Back to the child’s page
      </Link>
      <div className="app-no-print">
        <button
          type="button"
          className="govuk-button govuk-!-margin-bottom-4"
          onClick={() => {
            window.print();
          }}
        >
          Print
        </button>
      </div>
      {body}
    </>
  );
}
