import { useState } from "react";

import { ConfirmDialog } from "@/components/dialogs/ConfirmDialog";
import { DateInput } from "@/components/forms/DateInput";
import { Textarea } from "@/components/forms/Textarea";
import { ProblemMessage } from "@/components/states/ProblemMessage";
import { type DateParts, isoDateOf, partsOf } from "@/lib/date-parts";
import { problemOf } from "@/lib/problem";
import {
  type ComparedOffer,
  type Referral,
  referralSteps,
  useOfferDecision,
  useReferralStep,
} from "@/features/referrals/api/referrals";

interface OfferDecisionProps {
  referral: Referral;
  offer: ComparedOffer;
  /** Told what was done, in one line, once an offer is accepted or declined. */
  onDone: (message: string) => void;
}

const EMPTY_DATE = partsOf(null);

/**
 * Shortlist, decline with a reason the agency reads, or (managers) accept one offer; accepting
 * and declining are confirmed first, since the agencies are told at once.
 */
export function OfferDecision({ referral, offer, onDone }: OfferDecisionProps) {
  const [asking, setAsking] = useState<"accept" | "decline">();
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string>();
  const [start, setStart] = useState<DateParts>(EMPTY_DATE);
  const decide = useOfferDecision(referral.id);
  const accept = useReferralStep(referral.id, (startOn: string | null) =>
    referralSteps.accept(referral.id, offer.id, {
      version: referral.version,
      offer_version: offer.version,
      placement_start_on: startOn,
    }),
  );
  const live = offer.status === "submitted" || offer.status === "shortlisted";
  if (!live || referral.status !== "open") return null;
  const { can_decide_offers: canDecide, can_accept_offers: canAccept } = referral.permissions;
  const id = offer.id.slice(0, 8);
  const startIso = isoDateOf(start);
  const dateTyped = Object.values(start).some((part) => part.trim());
  const datePart = (part: keyof DateParts) => ({
    name: `start-${part}`,
    value: start[part],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => {
      setStart({ ...start, [part]: event.target.value });
    },
  });
  const failure = decide.error ?? accept.error;
  const household = offer.household_reference;
  // The promise settles even when the decision has replaced these buttons; a failure is
  // shown from the mutation's state.
  const decided = (step: Promise<unknown>, message: string) => {
    step.then(
      () => {
        setAsking(undefined);
        onDone(message);
      },
      () => {
        setAsking(undefined);
      },
    );
  };
  return (
    <div className="app-domain-block">
      {failure ? <ProblemMessage problem={problemOf(failure, "The decision")} /> : null}
      {canDecide && offer.status === "submitted" ? (
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          disabled={decide.isPending}
          onClick={() => {
            decide.mutate({ offerId: offer.id });
          }}
        >
          Shortlist<span className="govuk-visually-hidden"> {offer.household_reference}</span>
        </button>
      ) : null}
      {canAccept ? (
        <>
          <DateInput
            id={`start-${id}`}
            legend={`Placement start date with ${offer.household_reference} (optional)`}
            hint="If it is agreed already. You can confirm it later."
            error={dateTyped && !startIso ? "Enter a real date, for example 7 12 2026" : undefined}
            day={datePart("day")}
            month={datePart("month")}
            year={datePart("year")}
          />
          <button
            type="button"
            className="govuk-button"
            disabled={accept.isPending || (dateTyped && !startIso)}
            onClick={() => {
              setAsking("accept");
            }}
          >
            Accept<span className="govuk-visually-hidden"> {offer.household_reference}</span>
          </button>
        </>
      ) : null}
      {canDecide ? (
        <>
          <Textarea
            id={`decline-${id}`}
            label={`Why decline ${offer.household_reference}`}
            hint="The agency reads this."
            rows={2}
            value={reason}
            error={reasonError}
            onChange={(event) => {
              setReason(event.target.value);
            }}
          />
          <button
            type="button"
            className="govuk-button govuk-button--warning"
            disabled={decide.isPending}
            onClick={() => {
              if (!reason.trim()) {
                setReasonError("Enter why the offer is declined");
                return;
              }
              setReasonError(undefined);
              setAsking("decline");
            }}
          >
            Decline<span className="govuk-visually-hidden"> {offer.household_reference}</span>
          </button>
        </>
      ) : null}
      <ConfirmDialog
        open={asking === "accept"}
        title={`Accept ${household}?`}
        confirmLabel="Yes, accept"
        busy={accept.isPending}
        onCancel={() => {
          setAsking(undefined);
        }}
        onConfirm={() => {
          decided(
            accept.mutateAsync(startIso),
            `${household} was accepted: the referral is closed as placed and the other offers were declined.`,
          );
        }}
      >
        <p className="govuk-body">
          The referral closes as placed. {offer.agency.name} is told, and every other live offer is
          declined and its agency told.
        </p>
      </ConfirmDialog>
      <ConfirmDialog
        open={asking === "decline"}
        title={`Decline ${household}?`}
        confirmLabel="Yes, decline"
        warning
        busy={decide.isPending}
        onCancel={() => {
          setAsking(undefined);
        }}
        onConfirm={() => {
          decided(
            decide.mutateAsync({ offerId: offer.id, reason }),
            `${household} was declined, and ${offer.agency.name} has been told why.`,
          );
        }}
      >
        <p className="govuk-body">
          {offer.agency.name} will read your reason: “{reason}”
        </p>
      </ConfirmDialog>
    </div>
  );
}
