/**
 * RFC 3339 text of a time the client deserialized (a Date, or a string for micro-times it leaves alone).
 * Kubernetes keeps most times to the second, so whole seconds print without a fraction, as kubectl does.
 */
export function kubeTime(value: Date | string | undefined | null): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (Number.isNaN(value.getTime())) return undefined;
  const iso = value.toISOString();
  return iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso;
}
