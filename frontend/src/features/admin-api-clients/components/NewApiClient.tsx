import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useController, useForm } from "react-hook-form";
import { Link } from "react-router";
import { z } from "zod";

import { Button } from "@/components/forms/Button";
import { Checkboxes } from "@/components/forms/Checkboxes";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import {
  applyProblemToForm,
  type FieldTarget,
  summaryErrors,
} from "@/components/forms/form-errors";
import { TextInput } from "@/components/forms/TextInput";
import { useDocumentTitle } from "@/lib/use-document-title";
import {
  type ApiClientWithSecret,
  type Scope,
  useCreateApiClient,
} from "@/features/admin-api-clients/api/api-clients";
import { API_SCOPES, SCOPES } from "@/features/admin-api-clients/api/scopes";
import { ClientSecretPanel } from "./ClientSecretPanel";

const schema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Enter a name for the API client")
    .max(120, "The name must be 120 characters or fewer"),
  scopes: z.array(z.string()).min(1, "Select at least one scope"),
});
type Values = z.input<typeof schema>;

const FIELDS: readonly FieldTarget<Values>[] = [
  { name: "name", fieldId: "name" },
  { name: "scopes", fieldId: "scopes" },
];

/** Registers an API client, then shows its secret once in place of the form. */
export function NewApiClient() {
  const create = useCreateApiClient();
  const [created, setCreated] = useState<ApiClientWithSecret | null>(null);
  const [focusKey, setFocusKey] = useState(0);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const { register, handleSubmit, control, setError, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    shouldFocusError: false,
    defaultValues: { name: "", scopes: [] },
  });
  const scopes = useController({ control, name: "scopes" });
  const { errors } = formState;
  const summary = summaryErrors(errors, FIELDS, otherErrors);
  useDocumentTitle(
    created
      ? "API client created"
      : summary.length > 0
        ? "Error: Add an API client"
        : "Add an API client",
  );

  if (created) {
    return (
      <>
        <ClientSecretPanel title="API client created" client={created} headingLevel={1} />
        <p className="govuk-body">
          Give the client ID and secret to the people who run {created.name}. They use them to get
          access tokens from <code>/api/v1/oauth/token</code>.
        </p>
        <p className="govuk-body">
          <Link className="govuk-link" to="/admin/api-clients">
            Go to the list of API clients
          </Link>
        </p>
      </>
    );
  }

  const failed = () => {
    setFocusKey((key) => key + 1);
  };
  const onSubmit = handleSubmit((values) => {
    setOtherErrors([]);
    create.mutate(
      { name: values.name, scopes: values.scopes as Scope[] },
      {
        onSuccess: setCreated,
        onError: (error) => {
          setOtherErrors(applyProblemToForm(error, FIELDS, setError));
          failed();
        },
      },
    );
  }, failed);

  return (
    <>
      <ErrorSummary errors={summary} focusKey={focusKey} />
      <h1 className="govuk-heading-l">Add an API client</h1>
      <p className="govuk-body">
        An API client is another system, such as an agency’s case management system, that uses
        Kindred’s API. It gets a client ID and a secret.
      </p>
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextInput
          id="name"
          label="Name"
          hint="Say what the system is, for example ‘Brightpath case system’."
          autoComplete="off"
          error={errors.name?.message}
          {...register("name")}
        />
        <Checkboxes
          id="scopes"
          name="scopes"
          legend="What it may do"
          hint="Select all that apply. Give only what the system needs."
          choices={SCOPES.map((scope) => ({ value: scope, label: scope, hint: API_SCOPES[scope] }))}
          value={scopes.field.value}
          onChange={scopes.field.onChange}
          error={errors.scopes?.message}
        />
        <Button type="submit" pending={create.isPending}>
          Create API client
        </Button>
      </form>
    </>
  );
}
