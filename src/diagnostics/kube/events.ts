import type { CoreV1Event } from '@kubernetes/client-node';
import { compareTimestamps } from '../../shared/format/timestamp.js';
import { kubeTime } from './time.js';

/** When the event last happened: lastTimestamp, else eventTime (events.k8s.io writers), else firstTimestamp. */
export function kubeEventTime(event: CoreV1Event): string | undefined {
  return (
    kubeTime(event.lastTimestamp) ??
    kubeTime(event.eventTime) ??
    kubeTime(event.firstTimestamp) ??
    kubeTime(event.metadata?.creationTimestamp)
  );
}

/** Oldest first; events without any time last. The sort is stable, so ties keep the API's order. */
export function sortKubeEvents(events: readonly CoreV1Event[]): CoreV1Event[] {
  return [...events].sort((a, b) => compareTimestamps(kubeEventTime(a), kubeEventTime(b)));
}

/** `<time> <type> <reason> <kind>/<name> [<field>] (x<count> since <first>): <message>`, one line. */
export function formatKubeEvent(event: CoreV1Event): string {
  const object = event.involvedObject;
  const first = kubeTime(event.firstTimestamp);
  const last = kubeEventTime(event);
  const count = event.count ?? event.series?.count ?? 1;
  const parts = [
    last ?? '-',
    event.type ?? '-',
    event.reason ?? '-',
    `${object.kind ?? '?'}/${object.name ?? '?'}`,
  ];
  if (object.fieldPath) parts.push(`[${object.fieldPath}]`);
  if (count > 1) parts.push(first && first !== last ? `(x${count} since ${first})` : `(x${count})`);
  return `${parts.join(' ')}: ${(event.message ?? '').trim().replace(/\r?\n/g, ' ')}`;
}

/** The events about one object: by uid, or by kind and name when the writer left the uid out. */
export function eventsAbout(
  events: readonly CoreV1Event[],
  object: { kind: string; namespace?: string; name?: string; uid?: string },
): CoreV1Event[] {
  return events.filter((event) => {
    const about = event.involvedObject;
    if (object.uid && about.uid) return about.uid === object.uid;
    return about.kind === object.kind && about.name === object.name && about.namespace === object.namespace;
  });
}
