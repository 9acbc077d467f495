import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import { LoadingMessage } from "@/components/states/LoadingMessage";
import { ProblemMessage } from "@/components/states/ProblemMessage";
import { problemOf } from "@/lib/problem";
import { useDocumentTitle } from "@/lib/use-document-title";
import { carerQueryOptions, type Household, useUpdateCarer } from "@/features/carers/api/carers";
import { currentHouseholdFromConflict } from "@/features/carers/api/conflict";
import { EditCarerForm } from "./EditCarerForm";
import { HouseholdConflictNotice } from "./HouseholdConflictNotice";

interface CarerEditorProps {
  householdId: string;
  onSaved: (household: Household) => void;
}

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
      {conflict ? <HouseholdConflictNotice current={conflict} onReload={reload} /> : null}
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
