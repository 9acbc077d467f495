import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";

import { ApiError } from "@/api/api-error";
import { Button } from "@/components/forms/Button";
import { ErrorSummary, type SummaryError } from "@/components/forms/ErrorSummary";
import { type FieldTarget, summaryErrors } from "@/components/forms/form-errors";
import { type Choice, Radios } from "@/components/forms/Radios";
import { TextInput } from "@/components/forms/TextInput";
import { CANNOT_REACH } from "@/lib/problem";
import { useDocumentTitle } from "@/lib/use-document-title";
import type { Me } from "@/features/session/api/me";
import { useSignIn } from "@/features/session/api/sign-in";

const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, "Enter your e-mail address")
    .regex(
      /^[^@\s]+@[^@\s]+$/,
      "Enter an e-mail address in the correct format, like name@example.com",
    ),
  password: z.string().min(1, "Enter your password"),
  organisation_id: z.string().nullish(),
});

type SignInValues = z.infer<typeof signInSchema>;

const FIELDS: readonly FieldTarget<SignInValues>[] = [
  { name: "email", fieldId: "email" },
  { name: "password", fieldId: "password" },
];

const CHOOSE = "Choose the organisation to sign in to";

/**
 * The organisations to choose between when one password opens accounts in several (the API's
 * 409 `choose-organisation`, ADR 0007); none for any other answer.
 */
function organisationChoices(error: unknown): Choice[] {
  if (!(error instanceof ApiError) || !error.problem.type.endsWith("/choose-organisation")) {
    return [];
  }
  const { organisations } = error.problem as { organisations?: { id: string; name: string }[] };
  return (organisations ?? []).map(({ id, name }) => ({ value: id, label: name }));
}

/** What went wrong on the server, in the words the API chose (it never says which field). */
function serverError(error: unknown): SummaryError {
  if (!(error instanceof ApiError)) {
    return { text: CANNOT_REACH };
  }
  if (organisationChoices(error).length > 0) return { text: CHOOSE, fieldId: "organisation_id" };
  // A wrong e-mail or password: link to the first field, where the person starts again.
  return error.status === 401
    ? { text: error.problem.detail, fieldId: "email" }
    : { text: error.problem.detail };
}

interface SignInFormProps {
  onSignedIn: (me: Me) => void;
  heading: string;
  /** The page's title; "Error: " goes before it while there are errors, as GOV.UK does. */
  pageTitle: string;
}

/**
 * The sign-in page's body: the error summary (which GOV.UK puts above the heading), the
 * heading, then e-mail and password with inline errors.
 */
export function SignInForm({ onSignedIn, heading, pageTitle }: SignInFormProps) {
  const signIn = useSignIn();
  const [focusKey, setFocusKey] = useState(0);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<SignInValues>({
    resolver: zodResolver(signInSchema),
    // GOV.UK moves focus to the error summary, not the first field.
    shouldFocusError: false,
  });

  const [organisations, setOrganisations] = useState<Choice[]>([]);
  const failed = () => {
    setFocusKey((key) => key + 1);
  };

  const onSubmit = handleSubmit((values) => {
    const body = { ...values, organisation_id: values.organisation_id ?? undefined };
    signIn.mutate(body, {
      onSuccess: onSignedIn,
      onError: (error) => {
        const choices = organisationChoices(error);
        if (choices.length > 0) setOrganisations(choices);
        failed();
      },
    });
  }, failed);

  const summary = summaryErrors(errors, FIELDS);
  if (signIn.isError && summary.length === 0) summary.push(serverError(signIn.error));
  useDocumentTitle(summary.length > 0 ? `Error: ${pageTitle}` : pageTitle);

  return (
    <>
      <ErrorSummary errors={summary} focusKey={focusKey} />
      <h1 className="govuk-heading-l">{heading}</h1>
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextInput
          id="email"
          label="E-mail address"
          type="email"
          autoComplete="username"
          spellCheck={false}
          widthClass="govuk-!-width-two-thirds"
          error={errors.email?.message}
          {...register("email")}
        />
        <TextInput
          id="password"
          label="Password"
          type="password"
          autoComplete="current-password"
          widthClass="govuk-!-width-two-thirds"
          error={errors.password?.message}
          {...register("password")}
        />
        {organisations.length > 0 ? (
          <Radios
            id="organisation_id"
            legend="Which organisation do you want to sign in to?"
            hint="Your e-mail address and password open an account in each of these."
            choices={organisations}
            inputProps={register("organisation_id")}
          />
        ) : null}
        <Button type="submit" pending={signIn.isPending}>
          {signIn.isPending ? "Signing in…" : "Sign in"}
        </Button>
      </form>
    </>
  );
}
