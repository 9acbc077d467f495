import { useQuery } from "@tanstack/react-query";
import { Link, useLocation, useParams } from "react-router";

import { DownloadLinks } from "@/components/table/DownloadLinks";
import { LoadingMessage } from "@/components/states/LoadingMessage";
import { NotificationBanner } from "@/components/states/NotificationBanner";
import { ProblemMessage } from "@/components/states/ProblemMessage";
import {
  assessmentQueryOptions,
  childAssessmentsQueryOptions,
} from "@/features/assessments/api/assessments";
import { AssessmentTimeline } from "@/features/assessments/components/AssessmentTimeline";
import { StartAssessment } from "@/features/assessments/components/StartAssessment";
import { type Child, childQueryOptions } from "@/features/children/api/children";
import { ChildHeader } from "@/features/children/components/ChildHeader";
import { Costs } from "@/features/costs/components/Costs";
import { Goals } from "@/features/goals/components/Goals";
import { needsHistoryQueryOptions } from "@/features/needs-profile/api/needs-history";
import { NeedsProfile } from "@/features/needs-profile/components/NeedsProfile";
import { ScoreTrend } from "@/features/needs-profile/components/ScoreTrend";
import { StrengthsAndHopes } from "@/features/needs-profile/components/StrengthsAndHopes";
import { Placements } from "@/features/placements/components/Placements";
import { ChildReferrals } from "@/features/referrals/components/ChildReferrals";
import { ReturnRecords } from "@/features/return-records/components/ReturnRecords";
import { useAccount } from "@/features/session/api/me";
import { ChildVoice } from "@/features/young-person-voice/components/ChildVoice";
import { can } from "@/lib/can";
import { childName } from "@/lib/child-codes";
import { currentFrameworkQueryOptions, type Framework } from "@/lib/current-framework";
import { flashFrom } from "@/lib/flash";
import { problemOf } from "@/lib/problem";
import { useDocumentTitle } from "@/lib/use-document-title";
import { earlierPoints, latestProfileOf } from "./child-profile-data";

function Actions({ child }: { child: Child }) {
  const assessments = useQuery(childAssessmentsQueryOptions(child.id));
  return (
    <>
      {assessments.data ? (
        <StartAssessment childId={child.id} assessments={assessments.data} />
      ) : null}
      <Link
        className="govuk-button govuk-button--secondary"
        role="button"
        draggable={false}
        to={`/children/${child.id}/edit`}
      >
        Edit details
      </Link>
      <Link
        className="govuk-button govuk-button--secondary"
        role="button"
        draggable={false}
        to={`/children/${child.id}/profile`}
      >
        Print profile
      </Link>
      {child.latest_assessment_id ? (
        <Link
          className="govuk-button govuk-button--secondary"
          role="button"
          draggable={false}
          to={`/children/${child.id}/referrals/new`}
        >
          Start a referral
        </Link>
      ) : null}
    </>
  );
}

/** The needs wheel, the score over time and the strengths, from the approved assessments. */
function NeedsSections({ child, framework }: { child: Child; framework: Framework }) {
  const latestId = child.latest_assessment_id;
  const latest = useQuery({ ...assessmentQueryOptions(latestId ?? ""), enabled: !!latestId });
  const history = useQuery(needsHistoryQueryOptions(child.id));

  if (!latestId) {
    return (
      <>
        <h2 className="govuk-heading-m">Needs profile</h2>
        <p className="govuk-body">
          {childName(child)} has no approved assessment yet. Their needs wheel shows once a manager
          approves one.
        </p>
      </>
    );
  }
  if (latest.isError || history.isError) {
    return (
      <ProblemMessage problem={problemOf(latest.error ?? history.error, "The needs profile")} />
    );
  }
  if (!latest.data || !history.data)
    return <LoadingMessage>Loading the needs profile…</LoadingMessage>;
  return (
    <>
      <h2 className="govuk-heading-m">Needs profile</h2>
      <NeedsProfile
        framework={framework}
        latest={latestProfileOf(latest.data)}
        earlier={earlierPoints(history.data.points, latestId)}
      />
      <h2 className="govuk-heading-m">Needs over time</h2>
      <ScoreTrend points={history.data.points} />
      <h2 className="govuk-heading-m">Strengths, aspirations and what helps</h2>
      <StrengthsAndHopes
        framework={framework}
        domains={latest.data.domains}
        aspirations={latest.data.aspirations}
        whatHelps={latest.data.what_helps}
      />
    </>
  );
}

function Assessments({ childId }: { childId: string }) {
  const assessments = useQuery(childAssessmentsQueryOptions(childId));
  if (assessments.isPending) return <LoadingMessage>Loading assessments…</LoadingMessage>;
  if (assessments.isError) {
    return <ProblemMessage problem={problemOf(assessments.error, "Assessments")} />;
  }
  return (
    <>
      {assessments.data.length > 0 ? (
        <DownloadLinks
          path={`/api/v1/children/${childId}/assessments/export`}
          what="the assessments with their levels"
        />
      ) : null}
      <AssessmentTimeline assessments={assessments.data} />
    </>
  );
}

export function ChildPage() {
  const { childId = "" } = useParams();
  const child = useQuery(childQueryOptions(childId));
  const framework = useQuery(currentFrameworkQueryOptions);
  const flash = flashFrom(useLocation().state);
  const me = useAccount();
  useDocumentTitle(child.data ? childName(child.data) : "Child");

  let body;
  if (child.isError || framework.isError) {
    body = <ProblemMessage problem={problemOf(child.error ?? framework.error, "The child")} />;
  } else if (!child.data || !framework.data) {
    body = <LoadingMessage>Loading the child’s page…</LoadingMessage>;
  } else {
    body = (
      <>
        <ChildHeader child={child.data} actions={<Actions child={child.data} />} />
        <NeedsSections child={child.data} framework={framework.data} />
        <ChildVoice
          childId={child.data.id}
          name={childName(child.data)}
          framework={framework.data}
        />
        <h2 className="govuk-heading-m">Goals</h2>
        <Goals childId={child.data.id} domains={framework.data.domains} />
        <Placements childId={child.data.id} />
        <ReturnRecords childId={child.data.id} />
        {can(me, "referrals.read") ? (
          <>
            <h2 className="govuk-heading-m">Referrals</h2>
            <ChildReferrals
              childId={child.data.id}
              name={childName(child.data)}
              basePath={`/children/${child.data.id}`}
            />
          </>
        ) : null}
        <Costs childId={child.data.id} />
        <h2 className="govuk-heading-m">Assessments</h2>
        <Assessments childId={child.data.id} />
      </>
    );
  }
  return (
    <>
      <Link className="govuk-back-link" to="/children">
        Back to children
      </Link>
      {flash ? <NotificationBanner success heading={flash} /> : null}
      {body}
    </>
  );
}
