import { useState } from "react";
import { Link } from "react-router";

import { NotificationBanner } from "@/components/states/NotificationBanner";
import { childName } from "@/lib/child-codes";
import { formatDate } from "@/lib/format";
import { PURPOSE_LABELS, REFERRAL_STATUS_TAGS, referralStatusText } from "@/lib/referral-labels";
import type { Referral } from "@/features/referrals/api/referrals";
import { ApprovalPanel, type Viewer } from "./ApprovalPanel";
import { CloseReferral } from "./CloseReferral";
import { ConfirmPlacement } from "./ConfirmPlacement";
import { ReferralBuilder } from "./ReferralBuilder";
import { ReferralHistory } from "./ReferralHistory";
import { SharesPanel } from "./SharesPanel";

/** What can be done with the referral now depends on its status and on who you are. */
function StatusSection({
  referral,
  me,
  onDone,
}: {
  referral: Referral;
  me: Viewer;
  onDone: (message: string) => void;
}) {
  switch (referral.status) {
    case "draft":
      return referral.permissions.can_edit ? (
        <ReferralBuilder key={referral.id} referral={referral} ownerId={me.id} />
      ) : (
        <p className="govuk-body">It is a draft, and you cannot change it.</p>
      );
    case "awaiting_approval":
      return (
        <>
          {referral.permissions.can_approve ? (
            <p className="govuk-body">
              <Link className="govuk-link" to={`/approvals/referrals/${referral.id}`}>
                See exactly what each agency will receive, and the check for identifying details
              </Link>
            </p>
          ) : null}
          <ApprovalPanel referral={referral} me={me} onDecided={onDone} />
        </>
      );
    case "open":
      return (
        <>
          <p className="govuk-body">
            <Link className="govuk-link" to={`/referrals/${referral.id}/offers`}>
              Compare the offers ({referral.offers})
            </Link>
          </p>
          <SharesPanel referral={referral} />
        </>
      );
    case "closed":
      return referral.permissions.can_confirm_placement && !referral.placement_start_on ? (
        <ConfirmPlacement referral={referral} />
      ) : (
        <SharesPanel referral={referral} />
      );
  }
}

/** A referral's heading facts, the returned comment if any, what to do now, and its history. */
export function ReferralOverview({ referral, me }: { referral: Referral; me: Viewer }) {
  const [done, setDone] = useState<string>();
  return (
    <>
      {done ? <NotificationBanner success heading={done} /> : null}
      <span className="govuk-caption-l">{childName(referral.child)}</span>
      <h1 className="govuk-heading-l">Referral {referral.reference}</h1>
      <p className="govuk-body">
        <strong className={`govuk-tag ${REFERRAL_STATUS_TAGS[referral.status]}`}>
          {referralStatusText(referral.status, referral.outcome)}
        </strong>{" "}
        {PURPOSE_LABELS[referral.purpose]} placement
        {referral.needed_by ? `, needed by ${formatDate(referral.needed_by)}` : ""}.{" "}
        <Link className="govuk-link" to={`/children/${referral.child.id}`}>
          The child’s page
        </Link>
      </p>
      {referral.status === "draft" && referral.return_comment ? (
        <div className="govuk-inset-text">Returned for changes: “{referral.return_comment}”</div>
      ) : null}
      <StatusSection referral={referral} me={me} onDone={setDone} />
      {referral.permissions.can_close ? <CloseReferral referral={referral} /> : null}
      <ReferralHistory referral={referral} />
    </>
  );
}
