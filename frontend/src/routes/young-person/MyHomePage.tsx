import { useQuery } from "@tanstack/react-query";
import { Link, useLocation } from "react-router";

import { LoadingMessage } from "@/components/states/LoadingMessage";
import { NotificationBanner } from "@/components/states/NotificationBanner";
import { ProblemMessage } from "@/components/states/ProblemMessage";
import { useAccount } from "@/features/session/api/me";
import {
  myAboutMeQueryOptions,
  myFrameworkQueryOptions,
  myWheelQueryOptions,
} from "@/features/young-person-voice/api/my-voice";
import { MyWheelView } from "@/features/young-person-voice/components/MyWheelView";
import { problemOf } from "@/lib/problem";
import { useDocumentTitle } from "@/lib/use-document-title";
import type { JoinedState } from "./JoinPage";

function joinedName(state: unknown): string | undefined {
  return typeof state === "object" && state !== null && "username" in state
    ? (state as JoinedState).username
    : undefined;
}

function MyWheelSection() {
  const wheel = useQuery(myWheelQueryOptions);
  const framework = useQuery(myFrameworkQueryOptions);
  const aboutMe = useQuery(myAboutMeQueryOptions);
  const error = wheel.error ?? framework.error ?? aboutMe.error;
  if (error) return <ProblemMessage problem={problemOf(error, "My wheel")} />;
  if (!wheel.data || !framework.data || !aboutMe.data) {
    return <LoadingMessage>Loading my wheel…</LoadingMessage>;
  }
  return (
    <MyWheelView
      wheel={wheel.data}
      framework={framework.data}
      selfRatings={aboutMe.data.self_ratings}
    />
  );
}

/** A young person's own home: where to write about themselves and their wheel. */
export function MyHomePage() {
  const me = useAccount();
  const username = joinedName(useLocation().state);
  useDocumentTitle("My page");
  return (
    <div className="app-my-page">
      {username ? (
        <NotificationBanner success heading="You’re in!">
          <p className="govuk-body">
            Next time, sign in with the name <strong>{username}</strong> and your PIN. Write the
            name down somewhere safe.
          </p>
        </NotificationBanner>
      ) : null}
      <h1 className="govuk-heading-xl">Hi {me.display_name}</h1>
      <p className="govuk-body-l">This is your space. Only you can write here.</p>
      <div className="app-my-choices">
        <Link
          className="govuk-button app-my-choice"
          role="button"
          draggable={false}
          to="/me/about-me"
        >
          About me
        </Link>
        <Link
          className="govuk-button app-my-choice"
          role="button"
          draggable={false}
          to="/me/how-i-see-it"
        >
          How I see things
        </Link>
      </div>
      <h2 className="govuk-heading-l">My wheel</h2>
      <MyWheelSection />
    </div>
  );
}
