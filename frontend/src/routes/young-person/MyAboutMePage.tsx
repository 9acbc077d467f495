import { Link } from "react-router";

import { useAccount } from "@/features/session/api/me";
import { AboutMeEditor } from "@/features/young-person-voice/components/AboutMeEditor";
import { MyAboutMeLoader } from "@/features/young-person-voice/components/MyAboutMeLoader";
import { useDocumentTitle } from "@/lib/use-document-title";

/** The young person writes about themselves, a part at a time; it saves as they type. */
export function MyAboutMePage() {
  const me = useAccount();
  useDocumentTitle("About me");
  return (
    <div className="app-my-page">
      <Link className="govuk-back-link" to="/me">
        Back to my page
      </Link>
      <h1 className="govuk-heading-xl">About me</h1>
      <p className="govuk-body-l">
        Write as much or as little as you like. It saves by itself. You can change it any time.
      </p>
      <MyAboutMeLoader accountId={me.id}>
        {({ draft, change }) => <AboutMeEditor draft={draft} change={change} />}
      </MyAboutMeLoader>
      <Link
        className="govuk-button app-my-choice"
        role="button"
        draggable={false}
        to="/me/how-i-see-it"
      >
        Next: how I see things
      </Link>
    </div>
  );
}
