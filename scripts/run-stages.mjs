// `npm test`: runs the given npm scripts one after another, each a timed stage (CI prints where the time
// went), and stops at the first that fails.
import { spawnSync } from 'node:child_process';

const stages = process.argv.slice(2);
const times = [];
for (const stage of stages) {
  const started = Date.now();
  console.log(`== ${stage}`);
  const { status, signal } = spawnSync('npm', ['run', '--silent', stage], { stdio: 'inherit' });
  const seconds = Math.round((Date.now() - started) / 1000);
  times.push(`${stage} ${seconds}s`);
  console.log(`== ${stage}: ${seconds}s`);
  if (status !== 0) {
    console.error(`== ${stage} failed (${signal ?? `exit code ${status}`}); stages: ${times.join(', ')}`);
    process.exit(status ?? 1);
  }
}
console.log(`== stages: ${times.join(', ')}`);
