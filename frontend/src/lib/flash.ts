/**
 * A one-line confirmation carried to the next page in the navigation state, shown there in
 * a success banner (GOV.UK shows the outcome of an action on the page it leads to).
 */
export interface FlashState {
  flash: string;
}

export function flashState(message: string): FlashState {
  return { flash: message };
}

export function flashFrom(state: unknown): string | undefined {
  if (typeof state !== "object" || state === null || !("flash" in state)) return undefined;
  return typeof state.flash === "string" ? state.flash : undefined;
}
