// ncc bundles ESM, but CommonJS dependencies inside it (ssh2 under dockerode) expect require and __dirname;
// this module is imported first by every entry so they exist before those dependencies load.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
const g = globalThis as Record<string, unknown>;
g.require ??= createRequire(import.meta.url);
g.__filename ??= fileURLToPath(import.meta.url);
g.__dirname ??= dirname(fileURLToPath(import.meta.url));

// A bundled dependency still loads Node's `punycode`; its deprecation warning would print on every run of
// every action while nobody reading the log can act on it.
const emitWarning = process.emitWarning.bind(process);
process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
  const code = typeof rest[0] === 'object' ? (rest[0] as { code?: string }).code : rest[1];
  if (code === 'DEP0040') return;
  (emitWarning as (...args: unknown[]) => void)(warning, ...rest);
}) as typeof process.emitWarning;
