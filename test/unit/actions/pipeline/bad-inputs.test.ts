import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { checkConfigPaths, readPipelineInputs } from '../../../../src/actions/pipeline/inputs.js';
import { loadInceptionConfig } from '../../../../src/config/inception/index.js';
import { assertRefused, caseTitle, HUGE, type BadInputCase } from '../../../support/bad-input.js';

const workspace = mkdtempSync(path.join(os.tmpdir(), 'bad-pipeline-'));
const files: Record<string, string> = {
  'inception.yml': 'compose: compose.yml\ntests: { image: t }\n',
  'ci/outside-compose.yml': 'compose: ../../../etc/compose.yml\ntests: { image: t }\n',
  'ci/outside-override.yml': 'compose: [compose.yml, /etc/override.yml]\ntests: { image: t }\n',
  'ci/outside-context.yml': 'images: [{ name: t, context: /etc }]\ntests: { image: t }\n',
  'ci/typo.yml': 'compose: compose.yml\ntests: { image: t, timout: 5m }\n',
  'ci/list.yml': '- compose.yml\n',
};
for (const [name, text] of Object.entries(files)) {
  mkdirSync(path.dirname(path.join(workspace, name)), { recursive: true });
  writeFileSync(path.join(workspace, name), text);
}
const env = { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: path.join(os.tmpdir(), 'bad-pipeline-temp') };
const bad = (inputs: Record<string, string>, names: string, says: RegExp): BadInputCase => ({
  inputs,
  names,
  says,
});

/** What the root action does before it talks to the engine: its inputs, then the config they name. */
async function readEverything(): Promise<void> {
  const inputs = readPipelineInputs({ ...env });
  checkConfigPaths(await loadInceptionConfig(inputs.config), { ...env });
}

const cases: BadInputCase[] = [
  bad(
    { config: '../../etc/inception.yml' },
    'config',
    /outside the workspace .*e\.g\. config: ci\/inception\.yml/,
  ),
  bad({ config: '/etc/inception.yml' }, 'config', /outside the workspace/),
  bad({ config: 'missing.yml' }, 'config', /does not exist; check out your repository first/),
  bad({ config: HUGE }, 'config', /at most 65536/),
  bad({ 'environment-name': 'Bad Name' }, 'environment-name', /use lowercase letters, digits/),
  bad({ env: '- A=1' }, 'env', /is a list; write KEY=VALUE one a line/),
  bad({ build: 'maybe' }, 'build', /write true or false/),
  bad({ keep: 'maybe' }, 'keep', /write true or false/),
  bad({ 'no-cache': '2' }, 'no-cache', /write true or false/),
  bad({ 'reports-dir': '/etc' }, 'reports-dir', /outside the workspace .*e\.g\. reports-dir: test-reports/),
  bad(
    { 'collect-logs-on-failure': 'sometimes' },
    'collect-logs-on-failure',
    /write on-failure, always or never/,
  ),
  // The config the input names: its paths must stay in the checkout, its keys are checked.
  bad(
    { config: 'ci/outside-compose.yml' },
    'compose',
    /outside-compose\.yml: compose: \/etc\/compose\.yml is outside the workspace .*relative to/,
  ),
  bad(
    { config: 'ci/outside-override.yml' },
    'compose[1]',
    /outside-override\.yml: compose\[1\]: \/etc\/override\.yml is outside the workspace/,
  ),
  bad(
    { config: 'ci/outside-context.yml' },
    'images[0].context',
    /images\[0\]\.context: \/etc is outside the workspace/,
  ),
  bad(
    { config: 'ci/typo.yml' },
    'tests.timout',
    /typo\.yml:2: tests\.timout: unknown key "timout"; did you mean "timeout"\?/,
  ),
  bad(
    { config: 'ci/list.yml' },
    'list.yml',
    /expected a mapping of compose, profiles, images, tests, suites, cluster, got a list; write e\.g\./,
  ),
];

describe('the root action refuses bad inputs and configs, naming the input or key and what to write', () => {
  for (const badCase of cases) test(caseTitle(badCase), () => assertRefused(readEverything, badCase, env));
});
