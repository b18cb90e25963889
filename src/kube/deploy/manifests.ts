import * as k8s from '@kubernetes/client-node';
import { existsSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError } from '../../errors.js';
import { runProgramChecked } from '../../shared/process/run-command.js';

const KUSTOMIZATION = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

/** `${NAME}` replaced by its value; any other `${...}` is a mistake the message names. */
export function substitutePlaceholders(text: string, values: Record<string, string>, where: string): string {
  return text.replace(/\$\{([A-Za-z0-9_]+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) {
      const known = Object.keys(values);
      throw new ConfigurationError(
        `${where}: no value for \${${name}}; the placeholders are the images' (${known.join(', ') || 'none'}): ` +
          'name the image with placeholder: in cluster.images, or remove it.',
      );
    }
    return value;
  });
}

/** The YAML of one manifest path: a file, a kustomization (built by `kubectl kustomize`), or a folder's
 * *.yaml/*.yml files in name order. */
async function manifestText(file: string, kubectl: string): Promise<{ text: string; where: string }[]> {
  if (!existsSync(file)) throw new ConfigurationError(`manifest ${file} not found: check cluster.deploy.`);
  if (!statSync(file).isDirectory()) return [{ text: await readFile(file, 'utf8'), where: file }];
  if (KUSTOMIZATION.some((name) => existsSync(path.join(file, name)))) {
    const built = await runProgramChecked(kubectl, ['kustomize', file]);
    return [{ text: built.stdout, where: `kustomization ${file}` }];
  }
  const names = (await readdir(file)).filter((name) => /\.ya?ml$/.test(name)).sort();
  return Promise.all(
    names.map(async (name) => ({
      text: await readFile(path.join(file, name), 'utf8'),
      where: path.join(file, name),
    })),
  );
}

/** The objects of one deploy step, placeholders replaced. */
export async function readManifests(
  files: string[],
  placeholders: Record<string, string>,
  kubectl = 'kubectl',
): Promise<k8s.KubernetesObject[]> {
  const objects: k8s.KubernetesObject[] = [];
  for (const file of files) {
    for (const { text, where } of await manifestText(file, kubectl)) {
      const parsed = k8s.loadAllYaml(
        substitutePlaceholders(text, placeholders, where),
      ) as (k8s.KubernetesObject | null)[];
      objects.push(
        ...parsed.filter((object): object is k8s.KubernetesObject => object !== null && !!object.kind),
      );
    }
  }
  return objects;
}
