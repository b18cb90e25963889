/** Settles with 'cancelled' once `signal` aborts (at once if it already has); never when there is none.
 * For `Promise.race` against the work the signal cancels. */
export function whenAborted(signal: AbortSignal | undefined): Promise<'cancelled'> {
  return new Promise((resolve) => {
    if (!signal) return;
    if (signal.aborted) resolve('cancelled');
    else signal.addEventListener('abort', () => resolve('cancelled'), { once: true });
  });
}

/** Rejects with the signal's reason once it aborts; never when there is none. For `Promise.race` with
 * work that cannot stop on a signal itself, so the caller stops waiting for it. */
export function rejectWhenAborted(signal: AbortSignal | undefined): Promise<never> {
  const rejected = new Promise<never>((_, reject) => {
    if (!signal) return;
    if (signal.aborted) reject(signal.reason as Error);
    else signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true });
  });
  // Handled here too: it may reject after the race it was in has settled.
  rejected.catch(() => undefined);
  return rejected;
}
