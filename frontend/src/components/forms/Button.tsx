import type { ComponentProps } from "react";

type ButtonProps = Omit<ComponentProps<"button">, "disabled"> & {
  /** While what it started is still running: it cannot be pressed again, and says so. */
  pending?: boolean;
  variant?: "secondary" | "warning";
};

/**
 * A GOV.UK button. `pending` disables it with `aria-disabled` as well, so a screen reader
 * hears why pressing does nothing; a plain `type="button"` unless asked to submit.
 */
export function Button({
  pending = false,
  variant,
  type = "button",
  className,
  ...buttonProps
}: ButtonProps) {
  const classes = ["govuk-button", variant ? `govuk-button--${variant}` : "", className ?? ""]
    .filter(Boolean)
    .join(" ");
  return (
    <button
      {...buttonProps}
      type={type}
      className={classes}
      disabled={pending}
      aria-disabled={pending || undefined}
    />
  );
}
