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
  useRegisterWebhook,
  type WebhookEvent,
  type WebhookWithSecret,
} from "@/features/agency-portal/api/webhooks";
import { NewSigningSecret } from "./NewSigningSecret";
import { WEBHOOK_EVENT_TYPES, WEBHOOK_EVENTS } from "./webhook-labels";

const schema = z.object({
  url: z
    .string()
    .trim()
    .min(1, "Enter the address Kindred should send events to")
    .max(2000, "The address must be 2,000 characters or fewer")
    .regex(/^https?:\/\/\S+$/i, "Enter a full address starting with https://"),
  events: z.array(z.string()).min(1, "Select at least one event"),
  description: z.string().trim().max(200, "The note must be 200 characters or fewer"),
});
type Values = z.input<typeof schema>;

const FIELDS: readonly FieldTarget<Values>[] = [
  { name: "url", fieldId: "url" },
  { name: "events", fieldId: "events" },
  { name: "description", fieldId: "description" },
];

/** Registers a webhook, then shows its signing secret once in place of the form. */
export function RegisterWebhook() {
  const register = useRegisterWebhook();
  // One key per webhook the person means to register: a retried submit never makes two.
  const [key] = useState(() => crypto.randomUUID());
  const [created, setCreated] = useState<WebhookWithSecret | null>(null);
  const [focusKey, setFocusKey] = useState(0);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    shouldFocusError: false,
    defaultValues: { url: "", events: [...WEBHOOK_EVENT_TYPES], description: "" },
  });
  const events = useController({ control: form.control, name: "events" });
  const { errors } = form.formState;
  const summary = summaryErrors(errors, FIELDS, otherErrors);
  useDocumentTitle(
    created
      ? "Webhook registered"
      : summary.length > 0
        ? "Error: Register a webhook"
        : "Register a webhook",
  );

  if (created) {
    return (
      <>
        <NewSigningSecret title="Webhook registered" webhook={created} headingLevel={1} />
        <p className="govuk-body">
          <Link className="govuk-link" to={`/agency/webhooks/${created.id}`}>
            Go to the webhook and its delivery log
          </Link>
        </p>
      </>
    );
  }

  const failed = () => {
    setFocusKey((count) => count + 1);
  };
  const onSubmit = form.handleSubmit((values) => {
    setOtherErrors([]);
    register.mutate(
      {
        body: {
          url: values.url,
          events: values.events as WebhookEvent[],
          description: values.description,
        },
        key,
      },
      {
        onSuccess: setCreated,
        onError: (error) => {
          setOtherErrors(applyProblemToForm(error, FIELDS, form.setError));
          failed();
        },
      },
    );
  }, failed);

  return (
    <>
      <ErrorSummary errors={summary} focusKey={focusKey} />
      <h1 className="govuk-heading-l">Register a webhook</h1>
      <p className="govuk-body">
        Kindred sends an event to your system as soon as something happens, instead of your system
        asking again and again. Each event is signed so you can check it came from Kindred.
      </p>
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextInput
          id="url"
          type="url"
          label="Address to send events to"
          hint="Your system’s address, starting with https://, for example https://cases.brightpath.example/kindred/webhooks"
          autoComplete="off"
          spellCheck={false}
          error={errors.url?.message}
          {...form.register("url")}
        />
        <Checkboxes
          id="events"
          name="events"
          legend="Which events to send"
          hint="Select all that apply."
          choices={WEBHOOK_EVENT_TYPES.map((event) => ({
            value: event,
            label: WEBHOOK_EVENTS[event].label,
            hint: WEBHOOK_EVENTS[event].hint,
          }))}
          value={events.field.value}
          onChange={events.field.onChange}
          error={errors.events?.message}
        />
        <TextInput
          id="description"
          label="Note for your team (optional)"
          hint="For example, ‘Case system, live’."
          autoComplete="off"
          error={errors.description?.message}
          {...form.register("description")}
        />
        <div className="govuk-button-group">
          <Button type="submit" pending={register.isPending}>
            Register webhook
          </Button>
          <Link className="govuk-link" to="/agency/webhooks">
            Cancel
          </Link>
        </div>
      </form>
    </>
  );
}
