// What the compose loader tests share: a scratch folder per process, and the project text helpers.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after } from 'node:test';
import { parseComposeText, type ComposeLoadOptions } from '../../../../src/config/compose/loader.js';
import type { ServiceSpec } from '../../../../src/config/compose/model.js';
import { ConfigurationError } from '../../../../src/errors.js';

export const root = mkdtempSync(join(tmpdir(), 'inception-compose-'));
after(() => rmSync(root, { recursive: true, force: true }));

let folders = 0;
/** A fresh folder (its own `.env`) holding `compose.yml` and the given extra files. */
export function folder(
  files: Record<string, string> = {},
  name = `project-${++folders}`,
): { dir: string; file: string } {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return { dir, file: join(dir, 'compose.yml') };
}

export const { dir, file } = folder({}, 'shared');
export const lines = (...text: string[]) => text.join('\n') + '\n';
export const parse = (text: string, options: ComposeLoadOptions = {}, at = file) =>
  parseComposeText(text, at, { env: {}, ...options });

/** The `api` service of a file whose service body is `body` (indented under `api:`). */
export function api(body: string[], extra: string[] = [], options: ComposeLoadOptions = {}): ServiceSpec {
  const project = parse(
    lines('services:', '  api:', ...body.map((line) => `    ${line}`), ...extra),
    options,
  );
  const spec = project.services.find((service) => service.name === 'api');
  assert.ok(spec, 'service api is in the project');
  return spec;
}

export function assertFails(
  text: string,
  message: string,
  options: ComposeLoadOptions = {},
  at = file,
): void {
  assert.throws(
    () => parse(text, options, at),
    (error: Error) => {
      assert.ok(
        error instanceof ConfigurationError,
        `a ConfigurationError, got ${error.name}: ${error.message}`,
      );
      assert.equal(error.message, message);
      return true;
    },
  );
}

/** Services and volumes the `api` of a service-key case may depend on or mount. */
export const others = [
  '  db: { image: db, healthcheck: { test: "true" } }',
  '  migrate: { image: m }',
  '  cache: { image: c }',
  '  queue: { image: q }',
  'volumes:',
  '  data:',
];

/** A file whose `api` service body is `body`. */
export const svc = (...body: string[]) => lines('services:', '  api:', ...body.map((line) => `    ${line}`));
