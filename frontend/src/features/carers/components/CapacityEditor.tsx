import { useQuery } from "@tanstack/react-query";

import { LoadingMessage } from "@/components/states/LoadingMessage";
import { ProblemMessage } from "@/components/states/ProblemMessage";
import { currentFrameworkQueryOptions } from "@/lib/current-framework";
import { isoDateOf } from "@/lib/date-parts";
import { problemOf } from "@/lib/problem";
import { useDocumentTitle } from "@/lib/use-document-title";
import { carerQueryOptions, type Household, useAddCapacity } from "@/features/carers/api/carers";
import { capacityBody, capacityDefaults } from "./capacity-schema";
import { CapacityForm } from "./CapacityForm";

interface CapacityEditorProps {
  householdId: string;
  onSaved: (household: Household) => void;
}

/** Records a new capacity profile for a household, starting from the current one. */
export function CapacityEditor({ householdId, onSaved }: CapacityEditorProps) {
  const household = useQuery(carerQueryOptions(householdId));
  const framework = useQuery(currentFrameworkQueryOptions);
  const addCapacity = useAddCapacity(householdId);
  useDocumentTitle(household.data ? `Capacity of ${household.data.name}` : "Capacity");

  if (household.isPending || framework.isPending) {
    return <LoadingMessage>Loading household…</LoadingMessage>;
  }
  if (household.isError)
    return <ProblemMessage problem={problemOf(household.error, "This household")} />;
  if (framework.isError)
    return <ProblemMessage problem={problemOf(framework.error, "This household")} />;

  const current = household.data;
  return (
    <>
      <span className="govuk-caption-l">{current.name}</span>
      <h1 className="govuk-heading-l">
        {current.capacity ? "Update capacity" : "Record capacity"}
      </h1>
      <p className="govuk-body">
        For each domain, choose the highest level of need the household can meet now, with its
        current skills, training and support. Matching compares these levels with children’s
        approved needs.
      </p>
      <CapacityForm
        framework={framework.data}
        defaultValues={capacityDefaults(
          framework.data,
          current.capacity,
          current.capacity_history[0]?.evidence ?? {},
        )}
        saving={addCapacity.isPending}
        onSave={(values, onError) => {
          addCapacity.mutate(
            { effective_from: isoDateOf(values.effective_from) ?? "", ...capacityBody(values) },
            { onSuccess: onSaved, onError },
          );
        }}
      />
    </>
  );
}
