import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";

import { Button } from "@/components/forms/Button";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import {
  applyProblemToForm,
  type FieldTarget,
  summaryErrors,
} from "@/components/forms/form-errors";
import { TextInput } from "@/components/forms/TextInput";
import {
  useRedeemCode,
  type YoungPersonSignedIn,
} from "@/features/young-person-voice/api/my-voice";

const redeemSchema = z
  .object({
    code: z.string().trim().min(1, "Type the code your worker gave you"),
    pin: z.string().min(6, "Your PIN needs at least 6 numbers"),
    pinAgain: z.string().min(1, "Type your PIN again"),
  })
  .refine((values) => values.pin === values.pinAgain, {
    path: ["pinAgain"],
    message: "The two PINs are not the same. Try again",
  });

type RedeemValues = z.infer<typeof redeemSchema>;

const FIELDS: readonly FieldTarget<RedeemValues>[] = [
  { name: "code", fieldId: "code" },
  { name: "pin", fieldId: "pin" },
  { name: "pinAgain", fieldId: "pin-again" },
];

/**
 * A young person's first visit: the code from their worker and a PIN they choose. The API
 * checks the code and how safe the PIN is; its answers show beside the fields.
 */
export function RedeemForm({ onRedeemed }: { onRedeemed: (account: YoungPersonSignedIn) => void }) {
  const redeem = useRedeemCode();
  const [focusKey, setFocusKey] = useState(0);
  const [others, setOthers] = useState<string[]>([]);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<RedeemValues>({ resolver: zodResolver(redeemSchema), shouldFocusError: false });

  const failed = () => {
    setFocusKey((key) => key + 1);
  };
  const onSubmit = handleSubmit((values) => {
    setOthers([]);
    redeem.mutate(
      { code: values.code, pin: values.pin },
      {
        onSuccess: onRedeemed,
        onError: (error) => {
          setOthers(applyProblemToForm(error, FIELDS, setError));
          failed();
        },
      },
    );
  }, failed);

  return (
    <>
      <ErrorSummary errors={summaryErrors(errors, FIELDS, others)} focusKey={focusKey} />
      <h1 className="govuk-heading-xl">Hello! Let’s get you started</h1>
      <form noValidate onSubmit={(event) => void onSubmit(event)} className="app-my-form">
        <TextInput
          id="code"
          label="The code from your worker"
          hint="It looks like K7P3-MX9Q."
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          widthClass="govuk-input--width-10"
          error={errors.code?.message}
          {...register("code")}
        />
        <TextInput
          id="pin"
          label="Choose a PIN"
          hint="At least 6 numbers, not in a row like 123456. Keep it secret."
          type="password"
          inputMode="numeric"
          autoComplete="new-password"
          widthClass="govuk-input--width-10"
          error={errors.pin?.message}
          {...register("pin")}
        />
        <TextInput
          id="pin-again"
          label="Type your PIN again"
          type="password"
          inputMode="numeric"
          autoComplete="new-password"
          widthClass="govuk-input--width-10"
          error={errors.pinAgain?.message}
          {...register("pinAgain")}
        />
        <Button type="submit" className="govuk-button--start" pending={redeem.isPending}>
          {redeem.isPending ? "Starting…" : "Start"}
        </Button>
      </form>
    </>
  );
}
