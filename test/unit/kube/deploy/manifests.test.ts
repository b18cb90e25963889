import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { readManifests, substitutePlaceholders } from '../../../../src/kube/deploy/index.js';

describe('deploy manifests', () => {
  test('placeholders become the images’ refs; an unknown one is an error naming it', () => {
    assert.equal(substitutePlaceholders('image: ${APP}', { APP: 'app:run-1' }, 'a.yaml'), 'image: app:run-1');
    assert.throws(
      () => substitutePlaceholders('image: ${DB}', { APP: 'app:1' }, 'a.yaml'),
      /a\.yaml: no value for \$\{DB\}; the placeholders are the images' \(APP\)/,
    );
  });

  test('a folder: its YAML files in name order, every document', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'inception-manifests-'));
    writeFileSync(path.join(folder, 'b.yaml'), 'kind: Service\nmetadata: { name: b }\n');
    writeFileSync(
      path.join(folder, 'a.yml'),
      'kind: Deployment\nmetadata: { name: a }\n---\nkind: Job\nmetadata: { name: j }\n',
    );
    writeFileSync(path.join(folder, 'notes.txt'), 'not yaml');
    const objects = await readManifests([folder], {});
    assert.deepEqual(
      objects.map((object) => `${object.kind}/${object.metadata?.name}`),
      ['Deployment/a', 'Job/j', 'Service/b'],
    );
  });
});
