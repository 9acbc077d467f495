import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { Button } from "@/components/forms/Button";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { applyProblemToForm, summaryErrors } from "@/components/forms/form-errors";
import { useDocumentTitle } from "@/lib/use-document-title";
import { type Child, useCreateChild } from "@/features/children/api/children";
import { ChildDetailsFields } from "./ChildDetailsFields";
import { bodyOf, CHILD_FIELDS, childSchema, type ChildValues, EMPTY_CHILD } from "./child-schema";
import type { TeamOption } from "./CaseloadFilters";

interface NewChildFormProps {
  teams: readonly TeamOption[];
  onCreated: (child: Child) => void;
}

/** Add a child to one of the person's teams. */
export function NewChildForm({ teams, onCreated }: NewChildFormProps) {
  const createChild = useCreateChild();
  const [focusKey, setFocusKey] = useState(0);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const { register, handleSubmit, setError, formState } = useForm<ChildValues>({
    resolver: zodResolver(childSchema),
    shouldFocusError: false,
    defaultValues: { ...EMPTY_CHILD, team_id: teams.length === 1 ? (teams[0]?.id ?? "") : "" },
  });
  const { errors } = formState;

  const failed = () => {
    setFocusKey((key) => key + 1);
  };
  const onSubmit = handleSubmit((values) => {
    setOtherErrors([]);
    createChild.mutate(
      { ...bodyOf(values), restricted: false },
      {
        onSuccess: onCreated,
        onError: (error) => {
          setOtherErrors(applyProblemToForm(error, CHILD_FIELDS, setError));
          failed();
        },
      },
    );
  }, failed);

  const summary = summaryErrors(errors, CHILD_FIELDS, otherErrors);
  useDocumentTitle(summary.length > 0 ? "Error: Add a child" : "Add a child");

  return (
    <>
      <ErrorSummary errors={summary} focusKey={focusKey} />
      <h1 className="govuk-heading-l">Add a child</h1>
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <ChildDetailsFields register={register} errors={errors} teams={teams} />
        <Button type="submit" pending={createChild.isPending}>
          Add child
        </Button>
      </form>
    </>
  );
}
