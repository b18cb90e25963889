import { runCli } from '../bundle/index.js';
process.exitCode = await runCli(process.argv.slice(2));
