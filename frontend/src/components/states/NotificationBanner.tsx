import { type ReactNode, useId } from "react";

interface NotificationBannerProps {
  /** The main message, as the banner's heading. */
  heading: ReactNode;
  children?: ReactNode;
  /** Green "Success" banner, announced at once; otherwise a blue "Important" one. */
  success?: boolean;
}

/** The GOV.UK notification banner: something the person needs to know on arrival. */
export function NotificationBanner({
  heading,
  children,
  success = false,
}: NotificationBannerProps) {
  const titleId = useId();
  return (
    <div
      className={
        success
          ? "govuk-notification-banner govuk-notification-banner--success"
          : "govuk-notification-banner"
      }
      role={success ? "alert" : "region"}
      aria-labelledby={titleId}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          {success ? "Success" : "Important"}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{heading}</p>
        {children}
      </div>
    </div>
  );
}
