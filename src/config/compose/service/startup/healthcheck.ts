import type { HealthcheckSpec } from '../../model.js';
import type { ComposeContext } from '../../context.js';
import { parseDuration } from '../../../values/index.js';
import { readBoolean, readInteger, readRecord, readString } from '../../../values/index.js';

const KEYS = ['test', 'interval', 'timeout', 'retries', 'start_period', 'disable'];
const TEST_FORMS = ['CMD', 'CMD-SHELL', 'NONE'];

/** `healthcheck:` in Docker's form; `disable: true` and `test: ["NONE"]` give `['NONE']`. */
export function parseHealthcheck(
  value: unknown,
  path: string,
  ctx: ComposeContext,
  service: string,
): HealthcheckSpec {
  const record = readRecord(value, path, ctx.at);
  ctx.warnUnknownKeys(record, KEYS, path, service);
  if (record.disable !== undefined && readBoolean(record.disable, `${path}.disable`, ctx.at))
    return { test: ['NONE'] };
  const spec: HealthcheckSpec = {
    test: record.test === undefined ? [] : parseTest(record.test, `${path}.test`, ctx),
  };
  const duration = (key: string) => parseDuration(record[key], ctx.at(`${path}.${key}`));
  if (record.interval !== undefined) spec.intervalMs = duration('interval');
  if (record.timeout !== undefined) spec.timeoutMs = duration('timeout');
  if (record.start_period !== undefined) spec.startPeriodMs = duration('start_period');
  if (record.retries !== undefined)
    spec.retries = readInteger(record.retries, `${path}.retries`, ctx.at, 0, 1_000_000);
  return spec;
}

function parseTest(value: unknown, path: string, ctx: ComposeContext): string[] {
  if (typeof value === 'string') return ['CMD-SHELL', value];
  if (!Array.isArray(value))
    return ctx.fail(
      path,
      `expected a command string or a list like ["CMD", "curl", "-f", "http://localhost"]`,
    );
  const test = value.map((item, index) => readString(item, `${path}[${index}]`, ctx.at));
  if (!TEST_FORMS.includes(test[0] ?? '')) {
    ctx.fail(path, `a list must start with "CMD", "CMD-SHELL" or "NONE", e.g. ["CMD", "pg_isready"]`);
  }
  if (test[0] !== 'NONE' && test.length < 2) ctx.fail(path, `"${test[0]}" needs a command after it`);
  return test;
}
