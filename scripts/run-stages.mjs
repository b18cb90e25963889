// `npm test`: runs the given npm scripts as timed stages (CI prints where the time went) and stops after the
// first group that fails. `a+b` runs a and b at the same time: a's output streams, b's is printed whole when
// b ends, so the two never interleave. Stages that use different machinery (the Docker engine, the test
// cluster) share the two cores better than they take turns.
import { spawn } from 'node:child_process';

const groups = process.argv.slice(2).map((group) => group.split('+'));
const times = [];
for (const group of groups) {
  const results = await Promise.all(group.map((stage, index) => runStage(stage, index > 0)));
  const failed = results.filter((result) => result.status !== 0);
  if (failed.length > 0) {
    const how = failed.map(({ stage, status, signal }) => `${stage}: ${signal ?? `exit code ${status}`}`);
    console.error(`== failed (${how.join('; ')}); stages: ${times.join(', ')}`);
    process.exit(failed[0].status || 1);
  }
}
console.log(`== stages: ${times.join(', ')}`);

function runStage(stage, buffered) {
  const started = Date.now();
  console.log(`== ${stage}${buffered ? ' (beside the stage above; its output follows when it ends)' : ''}`);
  const child = spawn('npm', ['run', '--silent', stage], {
    stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit',
  });
  const output = [];
  child.stdout?.on('data', (chunk) => output.push(chunk));
  child.stderr?.on('data', (chunk) => output.push(chunk));
  return new Promise((resolve) => {
    child.on('close', (status, signal) => {
      const seconds = Math.round((Date.now() - started) / 1000);
      times.push(`${stage} ${seconds}s`);
      if (buffered) {
        console.log(`== ${stage} output:`);
        process.stdout.write(Buffer.concat(output));
      }
      console.log(`== ${stage}: ${seconds}s`);
      resolve({ stage, status: status ?? 1, signal });
    });
  });
}
