import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { readBuildImagesInputs } from '../../../../src/actions/build-images/inputs.js';
import {
  assertRefused,
  caseTitle,
  HUGE,
  TEN_THOUSAND_PAIRS,
  type BadInputCase,
} from '../../../support/bad-input.js';

const workspace = mkdtempSync(path.join(os.tmpdir(), 'bad-build-images-'));
const env = { GITHUB_WORKSPACE: workspace, GITHUB_RUN_ID: '42', GITHUB_RUN_ATTEMPT: '1' };
const single = (inputs: Record<string, string>, names: string, says: RegExp): BadInputCase => ({
  inputs: { name: 'api', ...inputs },
  names,
  says,
});
const list = (images: string, says: RegExp): BadInputCase => ({ inputs: { images }, names: 'images', says });
const images = (count: number) => Array.from({ length: count }, (_, index) => `- name: i${index}`).join('\n');

const cases: BadInputCase[] = [
  { inputs: {}, names: 'images', says: /a YAML list of \{name, context, .*\}\) or "name" for one image/ },
  single({ name: 'API Server' }, 'name', /is not a valid image name|lowercase/),
  single(
    { name: 'api:1.0' },
    'name',
    /carries a tag or digest; give the name alone .* put extra tags in "tags"/,
  ),
  single({ name: HUGE }, 'name', /at most 65536/),
  single({ tag: 'latest' }, 'tag', /the tag "latest" is not allowed.*Leave the tag out/),
  single({ tag: 'a'.repeat(200) }, 'tag', /write at most 128, e\.g\. tag: pr-42/),
  single({ tag: 'has space' }, 'tag', /not a valid image tag; use letters, digits/),
  single({ 'no-cache': 'maybe' }, 'no-cache', /write true or false/),
  single({ load: 'docker' }, 'load', /write kind \(load into the kind cluster\) or none/),
  single(
    { 'cluster-name': 'kind' },
    'cluster-name',
    /only applies with "load: kind": add load: kind, or leave it out/,
  ),
  single({ context: '../../etc' }, 'context', /outside the workspace .*e\.g\. context: services\/api/),
  single({ context: '/etc' }, 'context', /outside the workspace/),
  single(
    { dockerfile: '../../Dockerfile' },
    'dockerfile',
    /outside the build context .*give a path inside the context/,
  ),
  single({ 'build-args': '- A=1' }, 'build-args', /is a list; write KEY=VALUE one a line/),
  single({ 'build-args': 'A: { b: 1 }' }, 'build-args', /A is a mapping; give it one value, e\.g\. A: value/),
  single(
    { labels: 'no equals sign' },
    'labels',
    /"no equals sign" is not KEY=VALUE; write KEY=VALUE one a line/,
  ),
  single({ labels: TEN_THOUSAND_PAIRS }, 'labels', /10000 items; give at most 1000/),
  single(
    { images: '- name: web' },
    'images',
    /either "images" \(a list\) or the single-image inputs.*move "name"/,
  ),
  list('name: api', /must be a non-empty YAML list, e\.g\./),
  list('[]', /must be a non-empty YAML list/),
  list('- [unclosed', /not valid YAML or JSON/),
  list('- api', /entry 1 must be a mapping with at least "name"/),
  list('- context: x', /entry 1 needs a "name", e\.g\./),
  list(
    '- name: api\n  contxt: x',
    /entry 1: unknown key "contxt"; did you mean "context"\? known keys: name, context/,
  ),
  list('- name: api\n  context: ../../etc', /outside the workspace/),
  list(
    '- name: api\n  dockerfile: /etc/Dockerfile',
    /entry 1 "dockerfile" is "\/etc\/Dockerfile", outside the build context/,
  ),
  list('- name: api\n  build-args: ["NOEQ"]', /"NOEQ" is not KEY=VALUE/),
  list('- name: api\n  tags: [latest]', /"latest" is not allowed/),
  list(images(10_000), /138889 characters long; an input holds at most 65536/),
  list(images(2000), /has 2000 items; give at most 1000/),
];

describe('build-images refuses bad inputs, naming the input and what to write', () => {
  for (const badCase of cases) {
    test(caseTitle(badCase), () => assertRefused(() => readBuildImagesInputs({ ...env }), badCase, env));
  }
});
