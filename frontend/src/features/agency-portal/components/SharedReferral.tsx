import { useQuery } from "@tanstack/react-query";
import { useState } from "react";

import { SharedReferralView } from "@/components/referral-snapshot/SharedReferralView";
import { LoadingMessage } from "@/components/states/LoadingMessage";
import { NotificationBanner } from "@/components/states/NotificationBanner";
import { ProblemMessage } from "@/components/states/ProblemMessage";
import { problemOf } from "@/lib/problem";
import { referralStatusText } from "@/lib/referral-labels";
import {
  myOffersQueryOptions,
  type PartnerReferral,
  sharedReferralQueryOptions,
  useMakeOffer,
} from "@/features/agency-portal/api/partner";
import { MyOfferPanel } from "./MyOfferPanel";
import { OffersTable } from "./OffersTable";
import { OfferForm } from "./OfferForm";
import { offerBody, type OfferValues } from "./offer-schema";

function emptyOffer(referral: PartnerReferral): OfferValues {
  return {
    household_reference: "",
    household_postcode_sector: "",
    capacity: Object.fromEntries(referral.needs.map((need) => [need.domain_key, ""])),
    weekly_fee_pence: "",
    available_from: { day: "", month: "", year: "" },
    message: "",
  };
}

function NewOffer({ referral }: { referral: PartnerReferral }) {
  // One key per offer the person means to make: a retried submit never makes two.
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [made, setMade] = useState<string>();
  const make = useMakeOffer(referral.id);
  return (
    <>
      {made ? (
        <NotificationBanner success heading={`Offer of ${made} sent to the council`} />
      ) : null}
      <h2 className="govuk-heading-m">Offer a household</h2>
      <OfferForm
        key={key}
        referral={referral}
        defaultValues={emptyOffer(referral)}
        editing={false}
        saving={make.isPending}
        submitLabel="Send the offer"
        onSave={(values, onError) => {
          make.mutate(
            { body: offerBody(values), key },
            {
              onSuccess: (offer) => {
                setMade(offer.household_reference);
                setKey(crypto.randomUUID());
              },
              onError,
            },
          );
        }}
      />
    </>
  );
}

/** A referral shared with my agency: the council's snapshot, my offers on it, a new offer. */
export function SharedReferral({ referralId }: { referralId: string }) {
  const referral = useQuery(sharedReferralQueryOptions(referralId));
  const offers = useQuery(myOffersQueryOptions(referralId));
  if (referral.isError || offers.isError) {
    return <ProblemMessage problem={problemOf(referral.error ?? offers.error, "The referral")} />;
  }
  if (!referral.data || !offers.data) return <LoadingMessage>Loading the referral…</LoadingMessage>;
  const open = referral.data.status === "open";
  return (
    <>
      <h1 className="govuk-heading-l">Referral {referral.data.reference}</h1>
      <p className="govuk-body">
        <strong className="govuk-tag">
          {referralStatusText(referral.data.status, referral.data.closed_reason)}
        </strong>
      </p>
      <SharedReferralView snapshot={referral.data} />
      <h2 className="govuk-heading-m">Your offers</h2>
      <OffersTable offers={offers.data.items} caption="Your agency’s offers on this referral" />
      {open
        ? offers.data.items.map((offer) => (
            <MyOfferPanel key={offer.id} referral={referral.data} offer={offer} />
          ))
        : null}
      {open ? <NewOffer referral={referral.data} /> : null}
    </>
  );
}
