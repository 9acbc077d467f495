import { useQuery } from "@tanstack/react-query";
import { useNavigate, useParams } from "react-router";

import { LoadingMessage } from "@/components/states/LoadingMessage";
import { ProblemMessage } from "@/components/states/ProblemMessage";
import {
  assessmentQueryOptions,
  frameworkVersionQueryOptions,
} from "@/features/assessments/api/assessments";
import { ApprovalDecision } from "@/features/assessments/components/ApprovalDecision";
import { AssessmentReview } from "@/features/assessments/components/AssessmentReview";
import { childQueryOptions } from "@/features/children/api/children";
import { childName } from "@/lib/child-codes";
import { flashState } from "@/lib/flash";
import { problemOf } from "@/lib/problem";
import { useDocumentTitle } from "@/lib/use-document-title";
import { ApprovalLayout } from "./ApprovalLayout";

/** A submitted assessment next to the previous approved one, to approve or return. */
export function ApprovalPage() {
  const { assessmentId = "" } = useParams();
  const navigate = useNavigate();
  const assessment = useQuery(assessmentQueryOptions(assessmentId));
  const version = assessment.data?.framework_version;
  const framework = useQuery({
    ...frameworkVersionQueryOptions(version ?? ""),
    enabled: !!version,
  });
  const childId = assessment.data?.child_id;
  const child = useQuery({ ...childQueryOptions(childId ?? ""), enabled: !!childId });
  const name = child.data ? childName(child.data) : "";
  useDocumentTitle(name ? `Review ${name}’s assessment` : "Review an assessment");

  let body;
  const error = assessment.error ?? framework.error ?? child.error;
  if (error) body = <ProblemMessage problem={problemOf(error, "The assessment")} />;
  else if (!assessment.data || !framework.data || !child.data) {
    body = <LoadingMessage>Loading the assessment…</LoadingMessage>;
  } else {
    body = (
      <>
        <span className="govuk-caption-l">{child.data.team.name}</span>
        <h1 className="govuk-heading-l">Review {name}’s assessment</h1>
        <AssessmentReview assessment={assessment.data} framework={framework.data} />
        <ApprovalDecision
          assessment={assessment.data}
          onDecided={(_, outcome) => {
            void navigate("/approvals", {
              state: flashState(
                outcome === "approved"
                  ? `${name}’s assessment has been approved.`
                  : `${name}’s assessment has been returned for changes.`,
              ),
            });
          }}
        />
      </>
    );
  }
  return <ApprovalLayout>{body}</ApprovalLayout>;
}
