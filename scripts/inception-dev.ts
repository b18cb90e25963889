// The `inception` command straight from the sources (no dist/ rebuild): `npx tsx scripts/inception-dev.ts up`.
import '../src/entry/esm-shim.js';
import { runCli } from '../src/cli/main.js';

process.exitCode = await runCli(process.argv.slice(2));
