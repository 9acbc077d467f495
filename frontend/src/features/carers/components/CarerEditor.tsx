import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import { StaleVersionNotice } from "@/components/conflict/StaleVersionNotice";
import { LoadingMessage } from "@/components/states/LoadingMessage";
import { ProblemMessage } from "@/components/states/ProblemMessage";
import { formatWeeklyFee } from "@/lib/money";
import { problemOf } from "@/lib/problem";
import { useDocumentTitle } from "@/lib/use-document-title";
import { carerQueryOptions, type Household, useUpdateCarer } from "@/features/carers/api/carers";
import { currentHouseholdFromConflict } from "@/features/carers/api/conflict";
import {
  ageRange,
  APPROVAL_TYPE_LABELS,
  HOUSEHOLD_STATUS_LABELS,
} from "@/features/carers/api/labels";
import { EditCarerForm } from "./EditCarerForm";

interface CarerEditorProps {
  householdId: string;
  onSaved: (household: Household) => void;
}

/** What the notice shows of a household someone else saved first. */
const detailsOf = (household: Household) =>
  [
    ["Name", household.name],
    ["Status", HOUSEHOLD_STATUS_LABELS[household.status]],
    ["Ages", ageRange(household.terms)],
    ["Children approved for", String(household.terms.places)],
    ["Types", household.terms.approved_types.map((type) => APPROVAL_TYPE_LABELS[type]).join(", ")],
    ["Vacancies", String(household.vacancies)],
    ["Postcode", household.postcode ?? "Not known"],
    ["Fee", formatWeeklyFee(household.weekly_fee_pence)],
  ] as const;

/**
 * Loads a household and lets the person change it. Every change sends the version last
 * read; when someone else saved first, their version is shown and can be loaded.
 */
export function CarerEditor({ householdId, onSaved }: CarerEditorProps) {
  const queryClient = useQueryClient();
  const household = useQuery(carerQueryOptions(householdId));
  const update = useUpdateCarer(householdId);
  const [conflict, setConflict] = useState<Household | null>(null);
  // Remounting the form is how it takes the reloaded values as its defaults.
  const [formGeneration, setFormGeneration] = useState(0);
  useDocumentTitle(household.data ? `Edit ${household.data.name}` : "Edit a household");

  if (household.isPending) return <LoadingMessage>Loading household…</LoadingMessage>;
  if (household.isError) {
    return <ProblemMessage problem={problemOf(household.error, "This household")} />;
  }

  const current = household.data;
  const reload = () => {
    if (!conflict) return;
    queryClient.setQueryData(carerQueryOptions(householdId).queryKey, conflict);
    setConflict(null);
    setFormGeneration((generation) => generation + 1);
  };

  return (
    <>
      {conflict ? (
        <StaleVersionNotice
          what="household"
          whose="its"
          current={conflict}
          detailsOf={detailsOf}
          onReload={reload}
        />
      ) : null}
      <span className="govuk-caption-l">{current.reference}</span>
      <h1 className="govuk-heading-l">Edit {current.name}</h1>
      <EditCarerForm
        key={formGeneration}
        household={current}
        saving={update.isPending}
        onSave={(change, onError) => {
          setConflict(null);
          update.mutate(
            { ...change, version: current.version },
            {
              onSuccess: onSaved,
              onError: (error) => {
                const theirs = currentHouseholdFromConflict(error);
                if (theirs) setConflict(theirs);
                else onError(error);
              },
            },
          );
        }}
      />
    </>
  );
}
