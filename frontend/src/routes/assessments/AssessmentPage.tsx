import { useQuery } from "@tanstack/react-query";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";

import { LoadingMessage } from "@/components/states/LoadingMessage";
import { ProblemMessage } from "@/components/states/ProblemMessage";
import {
  assessmentQueryOptions,
  frameworkVersionQueryOptions,
} from "@/features/assessments/api/assessments";
import { ApprovalDecision } from "@/features/assessments/components/ApprovalDecision";
import { AssessmentEditor } from "@/features/assessments/components/AssessmentEditor";
import { AssessmentReview } from "@/features/assessments/components/AssessmentReview";
import { childQueryOptions } from "@/features/children/api/children";
import { useAccount } from "@/features/session/api/me";
import { OwnViewOfDomain } from "@/features/young-person-voice/components/OwnViewOfDomain";
import { childName } from "@/lib/child-codes";
import { flashState } from "@/lib/flash";
import { problemOf } from "@/lib/problem";
import { useDocumentTitle } from "@/lib/use-document-title";

function ReadOnlyTitle({ name }: { name: string }) {
  useDocumentTitle(`Assessment for ${name}`);
  return (
    <>
      <span className="govuk-caption-l">{name}</span>
      <h1 className="govuk-heading-l">Needs assessment</h1>
    </>
  );
}

/** One assessment: the step-by-step editor while it can be changed, otherwise to read. */
export function AssessmentPage() {
  const { assessmentId = "" } = useParams();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const me = useAccount();
  // The editor keeps its own copy while open: a background refetch must not reset it.
  const assessment = useQuery({
    ...assessmentQueryOptions(assessmentId),
    refetchOnWindowFocus: false,
    staleTime: Infinity,
  });
  const version = assessment.data?.framework_version;
  const framework = useQuery({
    ...frameworkVersionQueryOptions(version ?? ""),
    enabled: !!version,
  });
  const childId = assessment.data?.child_id;
  const child = useQuery({ ...childQueryOptions(childId ?? ""), enabled: !!childId });

  const error = assessment.error ?? framework.error ?? child.error;
  if (error) return <ProblemMessage problem={problemOf(error, "The assessment")} />;
  if (!assessment.data || !framework.data || !child.data) {
    return <LoadingMessage>Loading the assessment…</LoadingMessage>;
  }

  const name = childName(child.data);
  const back = `/children/${child.data.id}`;
  const total = framework.data.domains.length;
  const step = Math.min(
    total + 1,
    Math.max(1, Number.parseInt(params.get("step") ?? "1", 10) || 1),
  );
  const backLink = (
    <Link className="govuk-back-link" to={back}>
      Back to {name}’s page
    </Link>
  );

  if (!assessment.data.permissions.can_edit) {
    return (
      <>
        {backLink}
        <ReadOnlyTitle name={name} />
        <AssessmentReview assessment={assessment.data} framework={framework.data} />
        <ApprovalDecision
          assessment={assessment.data}
          onDecided={(_, outcome) => {
            void navigate(back, {
              state: flashState(
                outcome === "approved"
                  ? "The assessment has been approved."
                  : "The assessment has been returned for changes.",
              ),
            });
          }}
        />
      </>
    );
  }
  return (
    <>
      {backLink}
      <AssessmentEditor
        key={assessment.data.id}
        initial={assessment.data}
        ownerId={me.id}
        framework={framework.data}
        childName={name}
        step={step}
        hrefFor={(target) => `?step=${String(target)}`}
        onStep={(target) => {
          setParams({ step: String(target) });
        }}
        onSubmitted={() => {
          void navigate(back, {
            state: flashState("The assessment has been submitted for approval."),
          });
        }}
        besideDomain={(domainKey) => (
          <OwnViewOfDomain
            childId={child.data.id}
            name={name}
            framework={framework.data}
            domainKey={domainKey}
          />
        )}
      />
    </>
  );
}
