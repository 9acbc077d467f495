import type { SaveState } from "@/lib/autosave/autosave-controller";

const TIME = new Intl.DateTimeFormat("en-GB", {
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Europe/London",
});

/** What the autosave is doing, in words: "Saving…", "Saved at 14:32", "Not saved – retrying". */
function saveStatusText(state: SaveState, what: string): string {
  switch (state.kind) {
    case "idle":
      return "";
    case "saving":
      return "Saving…";
    case "saved":
      return `Saved at ${TIME.format(state.at)}`;
    case "retrying":
      return "Not saved – retrying";
    case "conflict":
      return `Not saved – someone else changed this ${what}`;
    case "failed":
      return `Not saved – ${state.message}`;
  }
}

/**
 * The autosave's state in a polite live region, so screen reader users hear that their work
 * is saved (or is not) without losing their place. `what` is being edited: "assessment".
 */
export function SaveStatus({ state, what }: { state: SaveState; what: string }) {
  const text = saveStatusText(state, what);
  const problem = state.kind === "retrying" || state.kind === "failed" || state.kind === "conflict";
  return (
    <div className="app-save-status" aria-live="polite">
      {text ? (
        <p
          className={`govuk-body-s govuk-!-margin-bottom-0${problem ? " app-save-status--problem" : ""}`}
        >
          {problem ? <strong>{text}</strong> : text}
        </p>
      ) : null}
    </div>
  );
}
