import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";

import { LoadingMessage } from "@/components/states/LoadingMessage";
import { ProblemMessage } from "@/components/states/ProblemMessage";
import { problemOf } from "@/lib/problem";
import type { AboutMeContent, MyAboutMe } from "@/features/young-person-voice/api/my-voice";
import { myAboutMeQueryOptions } from "@/features/young-person-voice/api/my-voice";
import { useAboutMeAutosave } from "@/features/young-person-voice/api/use-about-me-autosave";
import { SavedStatus } from "./SavedStatus";

export interface AboutMeDraft {
  draft: AboutMeContent;
  change: (update: (draft: AboutMeContent) => AboutMeContent) => void;
}

interface LoaderProps {
  accountId: string;
  children: (draft: AboutMeDraft) => ReactNode;
}

function Autosaved({ initial, accountId, children }: LoaderProps & { initial: MyAboutMe }) {
  const { draft, state, change } = useAboutMeAutosave(initial, accountId);
  return (
    <>
      <div className="app-my-saved-bar">
        <SavedStatus state={state} />
      </div>
      {children({ draft, change })}
    </>
  );
}

/**
 * Loads the young person's "About me" once, then gives the page its autosaved draft and
 * shows, at the top and always in view, whether it is saved.
 */
export function MyAboutMeLoader({ accountId, children }: LoaderProps) {
  const aboutMe = useQuery(myAboutMeQueryOptions);
  if (aboutMe.isError) return <ProblemMessage problem={problemOf(aboutMe.error, "About me")} />;
  if (!aboutMe.data) return <LoadingMessage>Loading…</LoadingMessage>;
  return (
    <Autosaved initial={aboutMe.data} accountId={accountId}>
      {children}
    </Autosaved>
  );
}
