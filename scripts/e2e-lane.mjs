// Runs the e2e files of one lane: `cluster` (those that use the shared test cluster, kind or setup-kind:
// they run after the Kubernetes tests) or `docker` (the rest: they run after the Docker integration tests,
// beside the cluster lane). A file is sorted by what its code uses, so a new one lands in the right lane.
// Both lanes get the test cluster's variables (KIND, KIND_NODE_IMAGE, ...).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const lane = process.argv[2];
if (lane !== 'cluster' && lane !== 'docker') {
  console.error('usage: node scripts/e2e-lane.mjs cluster|docker');
  process.exit(2);
}
const dir = path.resolve(import.meta.dirname, '../test/e2e');
const usesCluster = (file) =>
  /testCluster\(|setup-kind|\bKIND\b/.test(readFileSync(path.join(dir, file), 'utf8'));
const files = readdirSync(dir)
  .filter((file) => file.endsWith('.test.ts'))
  .filter((file) => usesCluster(file) === (lane === 'cluster'))
  .sort()
  .map((file) => path.join('test/e2e', file));
console.log(`e2e ${lane} lane: ${files.map((file) => path.basename(file, '.test.ts')).join(', ')}`);
const command = ['tsx', 'scripts/with-test-cluster.ts', 'tsx', '--test', '--test-concurrency=1', ...files];
const { status, signal } = spawnSync('npx', command, { stdio: 'inherit' });
process.exit(status ?? (signal ? 1 : 0));
