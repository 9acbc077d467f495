/**
 * The Idempotency-Key the partner API asks for on every POST: one per thing the person
 * means to do, so a retried click never does it twice.
 */
export function idempotencyHeaders(key: string) {
  return { "Idempotency-Key": key };
}
