// Lints every workflow with actionlint: ours in .github/workflows/ and the e2e tests' in test/e2e/workflows/.
// actionlint also checks each `uses: ./x` against x/action.yml (unknown or missing inputs, outputs), so a
// typo in a workflow fails CI here, not on GitHub. .ci/install-act.sh installs it beside act.
import { execFileSync } from 'node:child_process';
import {
  accessSync,
  constants,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmdirSync,
  symlinkSync,
  unlinkSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const root = path.resolve(import.meta.dirname, '..');
const binDir = process.env.INCEPTION_BIN_DIR || path.join(os.homedir(), '.cache/inception/bin');
const actionlint = process.env.INCEPTION_ACTIONLINT || path.join(binDir, 'actionlint');
try {
  accessSync(actionlint, constants.X_OK);
} catch {
  console.error(
    `lint:workflows: actionlint is not installed at ${actionlint}; run \`bash .ci/install-act.sh\`.`,
  );
  process.exit(1);
}

// actionlint checks that each action's main and post files exist, so dist/ must be there: `npm run build`
// empties it and writes dist/cli/index.js last; wait out a rebuild that is under way.
const lastDistFile = path.join(root, 'dist/cli/index.js');
for (let waited = 0; !existsSync(lastDistFile); waited++) {
  if (waited === 0)
    console.error('lint:workflows: dist/ is incomplete (a rebuild under way?); waiting up to 3 min');
  if (waited >= 180) {
    console.error(`lint:workflows: ${lastDistFile} is missing; run \`npm run build\`.`);
    process.exit(1);
  }
  await sleep(1000);
}

const folders = ['.github/workflows', 'test/e2e/workflows'];
const yamlFiles = folders.flatMap((folder) =>
  readdirSync(path.join(root, folder))
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => path.join(folder, name)),
);
// test/e2e/workflows/ may hold other YAML the workflows use (a compose file): a file with neither a
// top-level `on:` nor `jobs:` is not a workflow.
const isWorkflow = (file) => /^["']?(on|jobs)["']?\s*:/m.test(readFileSync(path.join(root, file), 'utf8'));
const files = yamlFiles.filter(isWorkflow);
for (const file of yamlFiles.filter((file) => !isWorkflow(file)))
  console.log(`${file}: not a workflow, skipped`);
// GitHub gives reusable workflows job.workflow_repository and job.workflow_sha (the called workflow's own
// repository and commit); actionlint 1.7.12 does not know them yet.
const ignored = ['property "workflow_(repository|sha)" is not defined in object type'];

// actionlint skips a `./` action it cannot find. The reusable workflow uses our actions from the checkout
// it makes of this repository at .inception-actions/, so lint in a mirror of the repository (a symlink per
// entry) where .inception-actions/ is this repository too: its inputs are checked like any other.
const mirror = mkdtempSync(path.join(os.tmpdir(), 'inception-actionlint-'));
let failed = false;
try {
  for (const entry of readdirSync(root)) symlinkSync(path.join(root, entry), path.join(mirror, entry));
  symlinkSync(root, path.join(mirror, '.inception-actions'));
  execFileSync(actionlint, [...ignored.flatMap((pattern) => ['-ignore', pattern]), ...files], {
    cwd: mirror,
    stdio: 'inherit',
  });
} catch {
  failed = true;
} finally {
  // Unlink the symlinks one by one: nothing may ever follow them into the repository.
  for (const entry of readdirSync(mirror)) unlinkSync(path.join(mirror, entry));
  rmdirSync(mirror);
}
if (failed) process.exit(1);
console.log(`actionlint: ${files.length} workflows pass`);
