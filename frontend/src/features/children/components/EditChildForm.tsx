import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { isApiErrorWithStatus, problemExtension } from "@/api/api-error";
import { Button } from "@/components/forms/Button";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { applyProblemToForm, summaryErrors } from "@/components/forms/form-errors";
import { childName } from "@/lib/child-codes";
import { useDocumentTitle } from "@/lib/use-document-title";
import { type Child, type ChildUpdate, useUpdateChild } from "@/features/children/api/children";
import { ChildDetailsFields } from "./ChildDetailsFields";
import { bodyOf, CHILD_FIELDS, childSchema, type ChildValues, valuesOf } from "./child-schema";
import type { TeamOption } from "./CaseloadFilters";

interface EditChildFormProps {
  child: Child;
  teams: readonly TeamOption[];
  onSaved: (child: Child) => void;
}

/** The record as someone else saved it, when a change was refused as stale (409). */
function currentChildFrom(error: unknown): Child | undefined {
  if (!isApiErrorWithStatus(error, 409)) return undefined;
  const current = problemExtension(error.problem, "current");
  if (typeof current !== "object" || current === null) return undefined;
  const candidate = current as Partial<Child>;
  return typeof candidate.id === "string" && typeof candidate.version === "number"
    ? (current as Child)
    : undefined;
}

/** Only what changed, so two people changing different fields do not undo each other. */
function changesBetween(before: Child, values: ChildValues): Omit<ChildUpdate, "version"> {
  const next = bodyOf(values);
  const was = bodyOf(valuesOf(before));
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(next) as (keyof typeof next)[]) {
    if (next[key] !== was[key]) changes[key] = next[key];
  }
  return changes;
}

/** Change a child's details, with the version read; a stale version offers theirs. */
export function EditChildForm({ child, teams, onSaved }: EditChildFormProps) {
  const updateChild = useUpdateChild(child.id);
  const [base, setBase] = useState(child);
  const [focusKey, setFocusKey] = useState(0);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const { register, handleSubmit, setError, formState, reset } = useForm<ChildValues>({
    resolver: zodResolver(childSchema),
    shouldFocusError: false,
    defaultValues: valuesOf(child),
  });
  const { errors } = formState;
  // A child's team may be one the person is not in (allocated to them): keep it choosable.
  const teamChoices = teams.some((team) => team.id === base.team.id)
    ? teams
    : [...teams, base.team];

  const failed = () => {
    setFocusKey((key) => key + 1);
  };
  const onSubmit = handleSubmit((values) => {
    setOtherErrors([]);
    updateChild.mutate(
      { version: base.version, ...changesBetween(base, values) },
      {
        onSuccess: onSaved,
        onError: (error) => {
          const current = currentChildFrom(error);
          if (current) {
            setBase(current);
            reset(valuesOf(current));
            setOtherErrors([
              "Someone else changed these details while you were editing. The form now shows their version: make your changes again and save.",
            ]);
          } else {
            setOtherErrors(applyProblemToForm(error, CHILD_FIELDS, setError));
          }
          failed();
        },
      },
    );
  }, failed);

  const summary = summaryErrors(errors, CHILD_FIELDS, otherErrors);
  const title = `Change ${childName(base)}’s details`;
  useDocumentTitle(summary.length > 0 ? `Error: ${title}` : title);

  return (
    <>
      <ErrorSummary errors={summary} focusKey={focusKey} />
      <h1 className="govuk-heading-l">{title}</h1>
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <ChildDetailsFields register={register} errors={errors} teams={teamChoices} />
        <Button type="submit" pending={updateChild.isPending}>
          Save changes
        </Button>
      </form>
    </>
  );
}
