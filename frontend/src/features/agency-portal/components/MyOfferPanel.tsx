import { useState } from "react";

import { ProblemMessage } from "@/components/states/ProblemMessage";
import { partsOf } from "@/lib/date-parts";
import { penceToPoundsText } from "@/lib/money";
import { problemOf } from "@/lib/problem";
import {
  type Offer,
  type PartnerReferral,
  useChangeOffer,
  useWithdrawOffer,
} from "@/features/agency-portal/api/partner";
import { OfferForm } from "./OfferForm";
import { offerBody, type OfferValues } from "./offer-schema";

function valuesOf(offer: Offer): OfferValues {
  return {
    household_reference: offer.household_reference,
    household_postcode_sector: offer.household_postcode_sector ?? "",
    capacity: Object.fromEntries(
      Object.entries(offer.capacity).map(([key, level]) => [key, String(level)]),
    ),
    weekly_fee_pence: penceToPoundsText(offer.weekly_fee_pence),
    available_from: partsOf(offer.available_from),
    message: offer.message,
  };
}

/** One live offer of mine on a referral: change it, or withdraw it. */
export function MyOfferPanel({ referral, offer }: { referral: PartnerReferral; offer: Offer }) {
  const [editing, setEditing] = useState(false);
  const [withdrawKey] = useState(() => crypto.randomUUID());
  const change = useChangeOffer(offer.id);
  const withdraw = useWithdrawOffer(offer.id);
  const changeable = offer.status === "submitted" || offer.status === "shortlisted";
  return (
    <section className="app-domain-block" aria-labelledby={`my-offer-${offer.id}`}>
      <h3 className="govuk-heading-s" id={`my-offer-${offer.id}`}>
        Your offer: {offer.household_reference}
      </h3>
      {withdraw.error ? <ProblemMessage problem={problemOf(withdraw.error, "The offer")} /> : null}
      {editing ? (
        <OfferForm
          referral={referral}
          defaultValues={valuesOf(offer)}
          editing
          saving={change.isPending}
          submitLabel="Save the offer"
          onSave={(values, onError) => {
            const body = offerBody(values);
            const changes = {
              version: offer.version,
              household_postcode_sector: body.household_postcode_sector,
              capacity: body.capacity,
              weekly_fee_pence: body.weekly_fee_pence,
              available_from: body.available_from,
              message: body.message,
            };
            change.mutate(changes, {
              onSuccess: () => {
                setEditing(false);
              },
              onError,
            });
          }}
        />
      ) : changeable ? (
        <div className="govuk-button-group">
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={() => {
              setEditing(true);
            }}
          >
            Change
            <span className="govuk-visually-hidden"> the offer of {offer.household_reference}</span>
          </button>
          <button
            type="button"
            className="govuk-button govuk-button--warning"
            disabled={withdraw.isPending}
            onClick={() => {
              withdraw.mutate({ version: offer.version, key: withdrawKey });
            }}
          >
            Withdraw
            <span className="govuk-visually-hidden"> the offer of {offer.household_reference}</span>
          </button>
        </div>
      ) : null}
    </section>
  );
}
