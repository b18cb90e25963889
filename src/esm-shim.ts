// ncc bundles ESM, but CommonJS dependencies inside it (ssh2 under dockerode) expect require and __dirname;
// this module is imported first by every entry so they exist before those dependencies load.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
const g = globalThis as Record<string, unknown>;
g.require ??= createRequire(import.meta.url);
g.__filename ??= fileURLToPath(import.meta.url);
g.__dirname ??= dirname(fileURLToPath(import.meta.url));
