import { useState } from "react";

import { ColumnHeaders } from "@/components/table/ColumnHeaders";
import { ProblemMessage } from "@/components/states/ProblemMessage";
import { formatDateTime, pluralise } from "@/lib/format";
import { problemOf } from "@/lib/problem";
import { type Referral, referralSteps, useReferralStep } from "@/features/referrals/api/referrals";
import { AgencyChoice } from "./AgencyChoice";

/** Who has the referral, how often they read it; managers withdraw it or share it further. */
export function SharesPanel({ referral }: { referral: Referral }) {
  const [more, setMore] = useState<string[]>([]);
  const withdraw = useReferralStep(referral.id, (shareId: string) =>
    referralSteps.withdrawShare(referral.id, shareId),
  );
  const share = useReferralStep(referral.id, (ids: string[]) =>
    referralSteps.share(referral.id, ids),
  );
  const canShare = referral.permissions.can_share;
  const live = referral.shares.filter((item) => !item.withdrawn_at);
  const failure = withdraw.error ?? share.error;
  return (
    <>
      <h2 className="govuk-heading-m">Shared with</h2>
      {failure ? <ProblemMessage problem={problemOf(failure, "The change")} /> : null}
      {referral.shares.length === 0 ? (
        <p className="govuk-body">It has not been shared with any agency.</p>
      ) : (
        <table className="govuk-table govuk-table--small-text-until-tablet">
          <caption className="govuk-table__caption govuk-visually-hidden">
            Partner agencies the referral was shared with
          </caption>
          <ColumnHeaders columns={["Agency", "Shared", "Read", ""]} />
          <tbody className="govuk-table__body">
            {referral.shares.map((item) => (
              <tr className="govuk-table__row" key={item.id}>
                <td className="govuk-table__cell">{item.agency.name}</td>
                <td className="govuk-table__cell">{formatDateTime(item.shared_at)}</td>
                <td className="govuk-table__cell">
                  {item.withdrawn_at ? "Withdrawn" : pluralise(item.views, "time")}
                </td>
                <td className="govuk-table__cell">
                  {canShare && !item.withdrawn_at ? (
                    <button
                      type="button"
                      className="govuk-button govuk-button--warning govuk-!-margin-bottom-0"
                      disabled={withdraw.isPending}
                      onClick={() => {
                        withdraw.mutate(item.id);
                      }}
                    >
                      Withdraw
                      <span className="govuk-visually-hidden"> from {item.agency.name}</span>
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canShare ? (
        <>
          <AgencyChoice
            value={more}
            onChange={setMore}
            exclude={live.map((item) => item.agency.id)}
          />
          {more.length > 0 ? (
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              disabled={share.isPending}
              onClick={() => {
                share.mutate(more, {
                  onSuccess: () => {
                    setMore([]);
                  },
                });
              }}
            >
              Share with the agencies chosen
            </button>
          ) : null}
        </>
      ) : null}
    </>
  );
}
