/** Settles with 'cancelled' once `signal` aborts (at once if it already has); never when there is none.
 * For `Promise.race` against the work the signal cancels. */
export function whenAborted(signal: AbortSignal | undefined): Promise<'cancelled'> {
  return new Promise((resolve) => {
    if (!signal) return;
    if (signal.aborted) resolve('cancelled');
    else signal.addEventListener('abort', () => resolve('cancelled'), { once: true });
  });
}
