import type { SaveState } from "@/lib/autosave/autosave-controller";

/** The autosave's state in a child's words. */
export function savedStatusText(state: SaveState): string {
  switch (state.kind) {
    case "idle":
      return "";
    // About me keeps the newest words on a 409, so it never waits on a conflict.
    case "conflict":
    case "saving":
      return "Saving…";
    case "saved":
      return "Saved ✓";
    case "retrying":
      return "Not saved yet. Your words are safe on this tablet and we will keep trying.";
    case "failed":
      return `Not saved. ${state.message} Ask your worker for help.`;
  }
}

/** A polite live region: screen reader users hear "Saved" without losing their place. */
export function SavedStatus({ state }: { state: SaveState }) {
  const text = savedStatusText(state);
  const problem = state.kind === "retrying" || state.kind === "failed";
  return (
    <div className="app-my-saved" aria-live="polite">
      {text ? (
        <p
          className={`govuk-body govuk-!-margin-bottom-0${problem ? " app-my-saved--problem" : ""}`}
        >
          {problem ? <strong>{text}</strong> : text}
        </p>
      ) : null}
    </div>
  );
}
