const DATE = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "Europe/London",
});

const TIME = new Intl.DateTimeFormat("en-GB", {
  hour: "numeric",
  minute: "2-digit",
  hour12: true,
  timeZone: "Europe/London",
});

/** "23 November 2026", as GOV.UK writes dates (UK time). */
export function formatDate(iso: string): string {
  return DATE.format(new Date(iso));
}

/** "23 November 2026 at 2:30pm" (UK time). */
export function formatDateTime(iso: string): string {
  const moment = new Date(iso);
  const time = TIME.format(moment).replace(/\s/g, "").toLowerCase();
  return `${DATE.format(moment)} at ${time}`;
}

/** "1 user", "42 users". */
export function pluralise(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString("en-GB")} ${count === 1 ? one : many}`;
}
