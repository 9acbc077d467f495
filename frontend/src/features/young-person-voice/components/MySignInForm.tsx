import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";

import { ApiError } from "@/api/api-error";
import { Button } from "@/components/forms/Button";
import { ErrorSummary, type SummaryError } from "@/components/forms/ErrorSummary";
import { type FieldTarget, summaryErrors } from "@/components/forms/form-errors";
import { TextInput } from "@/components/forms/TextInput";

const mySignInSchema = z.object({
  username: z.string().trim().min(1, "Type your sign-in name"),
  pin: z.string().min(1, "Type your PIN"),
});

export type MySignInValues = z.infer<typeof mySignInSchema>;

const FIELDS: readonly FieldTarget<MySignInValues>[] = [
  { name: "username", fieldId: "username" },
  { name: "pin", fieldId: "pin" },
];

interface MySignInFormProps {
  onSubmit: (values: MySignInValues, onError: () => void) => void;
  pending: boolean;
  /** The last attempt's failure, if it failed. */
  error: unknown;
}

function serverError(error: unknown): SummaryError {
  if (!(error instanceof ApiError)) return { text: "We could not reach Kindred. Try again soon." };
  return error.status === 401
    ? {
        text: "That name and PIN do not match. Try again, or ask your worker.",
        fieldId: "username",
      }
    : { text: error.problem.detail };
}

/**
 * A young person signing in again: their sign-in name (not an e-mail address) and their PIN.
 * The page sends it; this only checks both are there and says what went wrong.
 */
export function MySignInForm({ onSubmit, pending, error }: MySignInFormProps) {
  const [focusKey, setFocusKey] = useState(0);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<MySignInValues>({ resolver: zodResolver(mySignInSchema), shouldFocusError: false });
  const failed = () => {
    setFocusKey((key) => key + 1);
  };
  const submit = handleSubmit((values) => {
    onSubmit(values, failed);
  }, failed);
  const summary = summaryErrors(errors, FIELDS);
  if (error && summary.length === 0) summary.push(serverError(error));

  return (
    <>
      <ErrorSummary errors={summary} focusKey={focusKey} />
      <h1 className="govuk-heading-xl">Welcome back</h1>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <TextInput
          id="username"
          label="My sign-in name"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          widthClass="govuk-input--width-20"
          error={errors.username?.message}
          {...register("username")}
        />
        <TextInput
          id="pin"
          label="My PIN"
          type="password"
          inputMode="numeric"
          autoComplete="current-password"
          widthClass="govuk-input--width-10"
          error={errors.pin?.message}
          {...register("pin")}
        />
        <Button type="submit" pending={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </Button>
      </form>
    </>
  );
}
