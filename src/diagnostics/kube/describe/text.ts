import type { CoreV1Event, V1Container, V1ObjectMeta } from '@kubernetes/client-node';
import { formatKubeEvent, sortKubeEvents } from '../events.js';
import { kubeTime } from '../time.js';
import { redactEnvEntry } from '../../bundle/index.js';

export type DescribeValue = string | number | boolean | undefined | null;

const VALUE_COLUMN = 20;
/** kubectl writes it on every `apply`: the whole object again, only noise here. */
const NOISY_ANNOTATIONS = new Set(['kubectl.kubernetes.io/last-applied-configuration']);

/** `kubectl describe`-like text: `Label:` then the value at a fixed column, nested sections indented. */
export class DescribeText {
  private readonly lines: string[] = [];

  /** Skips undefined values; a list continues under the first value's column. */
  field(label: string, value: DescribeValue | readonly string[], indent = 0): this {
    if (value === undefined || value === null) return this;
    const values = Array.isArray(value) ? (value.length > 0 ? value : ['<none>']) : [String(value)];
    const head = `${' '.repeat(indent)}${label}:`;
    const column = Math.max(VALUE_COLUMN, head.length + 1);
    values.forEach((text, index) => {
      this.lines.push(`${index === 0 ? head.padEnd(column) : ' '.repeat(column)}${text}`.trimEnd());
    });
    return this;
  }

  line(text: string, indent = 0): this {
    this.lines.push(`${' '.repeat(indent)}${text}`);
    return this;
  }

  /** Columns padded to their widest cell. */
  table(header: readonly string[], rows: ReadonlyArray<readonly string[]>, indent = 2): this {
    const widths = header.map((title, column) =>
      Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
    );
    const render = (cells: readonly string[]) =>
      `${' '.repeat(indent)}${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ')}`.trimEnd();
    this.lines.push(render(header), render(widths.map((width) => '-'.repeat(width))));
    for (const row of rows) this.lines.push(render(row));
    return this;
  }

  toString(): string {
    return this.lines.join('\n') + '\n';
  }
}

export function keyValues(map: Record<string, string> | undefined, skip?: Set<string>): string[] {
  return Object.entries(map ?? {})
    .filter(([key]) => !skip?.has(key))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => `${key}=${value.replace(/\r?\n/g, ' ')}`);
}

export function describeMetadata(text: DescribeText, metadata: V1ObjectMeta | undefined): void {
  text
    .field('Name', metadata?.name)
    .field('Namespace', metadata?.namespace)
    .field('Created', kubeTime(metadata?.creationTimestamp))
    .field('Labels', keyValues(metadata?.labels))
    .field('Annotations', keyValues(metadata?.annotations, NOISY_ANNOTATIONS));
  if (metadata?.deletionTimestamp) text.field('Deleting since', kubeTime(metadata.deletionTimestamp));
  const owner = metadata?.ownerReferences?.find((reference) => reference.controller);
  if (owner) text.field('Controlled By', `${owner.kind}/${owner.name}`);
}

/** Image, command, environment (secret-looking values hidden) and resources of a container spec. */
export function describeContainerSpec(text: DescribeText, container: V1Container, indent: number): void {
  text
    .field('Image', container.image, indent)
    .field('Command', container.command?.length ? container.command : undefined, indent)
    .field('Args', container.args?.length ? container.args : undefined, indent)
    .field('Limits', container.resources?.limits ? keyValues(container.resources.limits) : undefined, indent)
    .field(
      'Requests',
      container.resources?.requests ? keyValues(container.resources.requests) : undefined,
      indent,
    );
  const env = (container.env ?? []).map((variable) => {
    const from = variable.valueFrom;
    if (from?.secretKeyRef)
      return `${variable.name}=<secret ${from.secretKeyRef.name}/${from.secretKeyRef.key}>`;
    if (from?.configMapKeyRef)
      return `${variable.name}=<config map ${from.configMapKeyRef.name}/${from.configMapKeyRef.key}>`;
    if (from?.fieldRef) return `${variable.name}=<field ${from.fieldRef.fieldPath}>`;
    if (from) return `${variable.name}=<from resource>`;
    return redactEnvEntry(`${variable.name}=${variable.value ?? ''}`);
  });
  if (env.length > 0) text.field('Environment', env, indent);
}

export function describeConditions(
  text: DescribeText,
  conditions:
    | Array<{
        type: string;
        status: string;
        reason?: string;
        message?: string;
        lastTransitionTime?: Date;
      }>
    | undefined,
): void {
  if (!conditions?.length) return;
  text.line('Conditions:');
  text.table(
    ['Type', 'Status', 'Reason', 'Last Transition', 'Message'],
    conditions.map((condition) => [
      condition.type,
      condition.status,
      condition.reason ?? '',
      kubeTime(condition.lastTransitionTime) ?? '',
      (condition.message ?? '').replace(/\r?\n/g, ' '),
    ]),
  );
}

/** The object's events, oldest first, one line each. */
export function describeEvents(text: DescribeText, events: readonly CoreV1Event[]): void {
  if (events.length === 0) {
    text.field('Events', '<none>');
    return;
  }
  text.line('Events:');
  for (const event of sortKubeEvents(events)) text.line(formatKubeEvent(event), 2);
}
