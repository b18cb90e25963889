import { describe, test } from 'node:test';
import { readLoadImagesInputs } from '../../../../src/actions/load-images/inputs.js';
import {
  assertRefused,
  caseTitle,
  HUGE,
  TEN_THOUSAND_LINES,
  type BadInputCase,
} from '../../../support/bad-input.js';

const bad = (inputs: Record<string, string>, names: string, says: RegExp): BadInputCase => ({
  inputs: { images: 'api:run-1', 'cluster-name': 'kind', ...inputs },
  names,
  says,
});

const cases: BadInputCase[] = [
  bad({ images: '' }, 'images', /is empty: list the images to load, one name:tag a line, e\.g\. images: /),
  bad({ images: ' , \n # nothing' }, 'images', /is empty/),
  bad({ images: 'api' }, 'images', /"api" has no tag .*Tag it with something specific/),
  bad({ images: 'api:run-1\nworker:latest' }, 'images', /image 2: "worker:latest" is tagged :latest/),
  bad({ images: 'api@sha256:abc' }, 'images', /digest reference; load it by a tag \(name:tag\)/),
  bad({ images: TEN_THOUSAND_LINES }, 'images', /10000 items; give at most 1000/),
  bad({ images: HUGE }, 'images', /at most 65536/),
  bad({ retries: '-1' }, 'retries', /write a whole number from 0 to 10, e\.g\. retries: 2/),
  bad({ retries: 'many' }, 'retries', /write a whole number from 0 to 10/),
  bad({ retries: '100' }, 'retries', /from 0 to 10/),
  bad(
    { registry: 'not a registry' },
    'registry',
    /write localhost:<port> of setup-kind's registry \(e\.g\. localhost:5001\), or false/,
  ),
  bad(
    { 'cluster-name': 'Bad_Name' },
    'cluster-name',
    /not a usable kind cluster name; use lowercase letters/,
  ),
  bad(
    { 'cluster-name': 'c'.repeat(80) },
    'cluster-name',
    /write at most 50, e\.g\. cluster-name: integration/,
  ),
  bad({ nodes: TEN_THOUSAND_LINES }, 'nodes', /10000 items; give at most 1000/),
];

describe('load-images refuses bad inputs, naming the input and what to write', () => {
  for (const badCase of cases) {
    test(caseTitle(badCase), () => assertRefused(() => readLoadImagesInputs({}), badCase));
  }
});
