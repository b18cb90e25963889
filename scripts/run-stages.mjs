// `npm test`: runs the given npm scripts as timed stages (CI prints where the time went) and stops after the
// first group that fails. `a+b` runs a and b at the same time: a's output streams, b's is printed whole when
// b ends, so the two never interleave. Stages that use different machinery (the Docker engine, the test
// cluster) share the two cores better than they take turns.
// A failed stage's failures are printed again at the very end: a buffered stage's output lands in the middle
// of the streamed one's, and whoever reads CI's log reads its tail first.
import { spawn } from 'node:child_process';

const groups = process.argv.slice(2).map((group) => group.split('+'));
const times = [];
for (const group of groups) {
  const results = await Promise.all(group.map((stage, index) => runStage(stage, index > 0)));
  const failed = results.filter((result) => result.status !== 0);
  if (failed.length > 0) {
    for (const { stage, output } of failed) {
      console.error(`== what failed in ${stage}:\n${failuresOf(output)}`);
    }
    const how = failed.map(({ stage, status, signal }) => `${stage}: ${signal ?? `exit code ${status}`}`);
    console.error(`== failed (${how.join('; ')}); stages: ${times.join(', ')}`);
    process.exit(failed[0].status || 1);
  }
}
console.log(`== stages: ${times.join(', ')}`);

function runStage(stage, buffered) {
  const started = Date.now();
  console.log(`== ${stage}${buffered ? ' (beside the stage above; its output follows when it ends)' : ''}`);
  const child = spawn('npm', ['run', '--silent', stage], { stdio: ['inherit', 'pipe', 'pipe'] });
  const output = [];
  const keep = (sink) => (chunk) => {
    output.push(chunk);
    if (!buffered) sink.write(chunk);
  };
  child.stdout.on('data', keep(process.stdout));
  child.stderr.on('data', keep(process.stderr));
  return new Promise((resolve) => {
    child.on('close', (status, signal) => {
      const seconds = Math.round((Date.now() - started) / 1000);
      times.push(`${stage} ${seconds}s`);
      const text = Buffer.concat(output).toString('utf8');
      if (buffered) {
        console.log(`== ${stage} output:`);
        process.stdout.write(text);
      }
      console.log(`== ${stage}: ${seconds}s`);
      resolve({ stage, status: status ?? 1, signal, output: text });
    });
  });
}

/** The test runner's own summary of failures (the last one: a nested run-stages repeats its lane's), else
 * the output's tail. */
function failuresOf(output) {
  const lines = output.split('\n');
  const marker = lines.findLastIndex((line) => /failing tests:|== what failed in /.test(line));
  const from = marker >= 0 ? marker : Math.max(0, lines.length - 60);
  const shown = lines.slice(from, from + 200);
  return shown.join('\n') + (lines.length - from > 200 ? '\n(cut: the whole output is above)' : '');
}
