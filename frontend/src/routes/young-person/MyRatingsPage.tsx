import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";

import { LoadingMessage } from "@/components/states/LoadingMessage";
import { ProblemMessage } from "@/components/states/ProblemMessage";
import { useAccount } from "@/features/session/api/me";
import { myFrameworkQueryOptions } from "@/features/young-person-voice/api/my-voice";
import { MyAboutMeLoader } from "@/features/young-person-voice/components/MyAboutMeLoader";
import { ScalePicker } from "@/features/young-person-voice/components/ScalePicker";
import { problemOf } from "@/lib/problem";
import { useDocumentTitle } from "@/lib/use-document-title";

/** The young person says how each part of their life is going for them; it saves by itself. */
export function MyRatingsPage() {
  const me = useAccount();
  const framework = useQuery(myFrameworkQueryOptions);
  useDocumentTitle("How I see things");

  let body;
  if (framework.isError) {
    body = <ProblemMessage problem={problemOf(framework.error, "How I see things")} />;
  } else if (!framework.data) {
    body = <LoadingMessage>Loading…</LoadingMessage>;
  } else {
    const domains = framework.data.domains;
    body = (
      <MyAboutMeLoader accountId={me.id}>
        {({ draft, change }) =>
          domains.map((domain) => (
            <ScalePicker
              key={domain.key}
              domain={domain}
              rating={draft.self_ratings[domain.key]}
              onChange={(rating) => {
                change((now) => ({
                  ...now,
                  self_ratings: { ...now.self_ratings, [domain.key]: rating },
                }));
              }}
            />
          ))
        }
      </MyAboutMeLoader>
    );
  }
  return (
    <div className="app-my-page">
      <Link className="govuk-back-link" to="/me">
        Back to my page
      </Link>
      <h1 className="govuk-heading-xl">How I see things</h1>
      <p className="govuk-body-l">
        For each part of your life, pick the one that feels most like you. There are no wrong
        answers. Skip any you don’t want to answer.
      </p>
      {body}
      <Link className="govuk-button app-my-choice" role="button" draggable={false} to="/me">
        Done
      </Link>
    </div>
  );
}
