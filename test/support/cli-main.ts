// The `inception` command from source, as bin/inception.js runs it from dist/: tests spawn this file.
import { runCli } from '../../src/cli/main.js';

process.exitCode = await runCli(process.argv.slice(2));
