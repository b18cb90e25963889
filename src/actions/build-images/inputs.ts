import { resolve } from 'node:path';
import { unknownKeyMessage } from '../../config/values/index.js';
import { ConfigurationError } from '../../errors.js';
import type { ImageBuildSpec } from '../../docker/build/index.js';
import { defaultRunTag, imageReferences, validateImageName, validateTag } from '../../docker/build/index.js';
import { BuildImages } from '../constants.js';
import {
  atMostItems,
  booleanInput,
  isInside,
  keyValueInput,
  keyValueLines,
  listInput,
  nameInput,
  quoted,
  stringInput,
  workspacePath,
  yamlInput,
} from '../runner/index.js';

export interface BuildImagesInputs {
  images: ImageBuildSpec[];
  /** Tag every image gets; `tag` input or one unique to this run. */
  tag: string;
  noCache: boolean;
  labels: Record<string, string>;
  /** Load every built image into a kind cluster after the build (`load: kind`). */
  load?: { cluster?: string; nodes: string[] };
}

const { inputs } = BuildImages;
const IMAGE_KEYS = ['name', 'context', 'dockerfile', 'target', 'build-args', 'tags'];
const SINGLE_IMAGE_INPUTS = [inputs.name, inputs.context, inputs.dockerfile, inputs.target, inputs.buildArgs];

/** Reads every input of build-images once; paths are resolved against GITHUB_WORKSPACE. */
export function readBuildImagesInputs(env: NodeJS.ProcessEnv = process.env): BuildImagesInputs {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const list = yamlInput(inputs.images);
  let images: ImageBuildSpec[];
  if (list !== undefined) {
    const mixed = SINGLE_IMAGE_INPUTS.filter((name) => stringInput(name) !== undefined);
    if (mixed.length > 0) {
      throw new ConfigurationError(
        `Give either "${inputs.images}" (a list) or the single-image inputs, not both; move ${mixed.map((name) => `"${name}"`).join(', ')} into the list entries.`,
      );
    }
    images = imageList(list, workspace);
  } else {
    const name = nameInput(inputs.name, 255, 'orders-api');
    if (!name) {
      throw new ConfigurationError(
        `Give "${inputs.images}" (a YAML list of {name, context, dockerfile, target, build-args, tags}) or "${inputs.name}" for one image.`,
      );
    }
    images = [
      {
        name: validateImageName(name, `Input "${inputs.name}"`),
        context: workspacePath(stringInput(inputs.context) ?? '.', workspace, inputs.context, 'services/api'),
        dockerfile: stringInput(inputs.dockerfile) ?? 'Dockerfile',
        ...optional('target', stringInput(inputs.target)),
        buildArgs: keyValueInput(inputs.buildArgs),
        tags: [],
      },
    ];
  }
  const given = nameInput(inputs.tag, 128, 'pr-42');
  const tag = given === undefined ? defaultRunTag(env) : validateTag(given, `Input "${inputs.tag}"`);
  images.forEach((image, index) => {
    const where =
      list === undefined
        ? `Input "${inputs.dockerfile}"`
        : `Input "${inputs.images}", entry ${index + 1} "dockerfile"`;
    const dockerfile = image.dockerfile ?? 'Dockerfile';
    if (!isInside(image.context, resolve(image.context, dockerfile))) {
      throw new ConfigurationError(
        `${where} is ${quoted(dockerfile)}, outside the build context ${image.context}; give a path inside the context, relative to it, e.g. dockerfile: docker/Dockerfile.test.`,
      );
    }
    imageReferences(
      image.name,
      tag,
      image.tags ?? [],
      list === undefined ? `Input "${inputs.name}"` : `Input "${inputs.images}", entry ${index + 1}`,
    );
  });
  return {
    images,
    tag,
    noCache: booleanInput(inputs.noCache, false),
    labels: keyValueInput(inputs.labels),
    ...readLoad(),
  };
}

function readLoad(): Pick<BuildImagesInputs, 'load'> {
  const { load, clusterName, nodes } = inputs;
  const value = stringInput(load)?.toLowerCase() ?? 'none';
  if (value === 'kind') return { load: { cluster: stringInput(clusterName), nodes: listInput(nodes) } };
  if (!['none', 'false', 'no', 'off'].includes(value)) {
    throw new ConfigurationError(
      `Input "${load}" is "${value}"; write kind (load into the kind cluster) or none.`,
    );
  }
  const ignored = [clusterName, nodes].filter((name) => stringInput(name) !== undefined);
  if (ignored.length > 0) {
    throw new ConfigurationError(
      `${ignored.map((name) => `"${name}"`).join(' and ')} only appl${ignored.length > 1 ? 'y' : 'ies'} with "${load}: kind": add ${load}: kind, or leave ${ignored.length > 1 ? 'them' : 'it'} out.`,
    );
  }
  return {};
}

function imageList(value: unknown, workspace: string): ImageBuildSpec[] {
  const where = `Input "${inputs.images}"`;
  if (!Array.isArray(value) || value.length === 0) {
    throw new ConfigurationError(
      `${where} must be a non-empty YAML list, e.g.\n- name: api\n  context: services/api`,
    );
  }
  return atMostItems(value, inputs.images).map((item: unknown, index) => {
    const at = `${where}, entry ${index + 1}`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      throw new ConfigurationError(`${at} must be a mapping with at least "name".`);
    }
    const entry = item as Record<string, unknown>;
    const unknown = Object.keys(entry).find((key) => !IMAGE_KEYS.includes(key));
    if (unknown !== undefined)
      throw new ConfigurationError(`${at}: ${unknownKeyMessage(unknown, IMAGE_KEYS)}.`);
    const name = text(entry.name, `${at} "name"`);
    if (!name)
      throw new ConfigurationError(`${at} needs a "name", e.g. - { name: api, context: services/api }.`);
    return {
      name: validateImageName(name, `${at} "name"`),
      context: workspacePath(
        text(entry.context, `${at} "context"`) ?? '.',
        workspace,
        inputs.images,
        '[{ name: api, context: services/api }]',
      ),
      dockerfile: text(entry.dockerfile, `${at} "dockerfile"`) ?? 'Dockerfile',
      ...optional('target', text(entry.target, `${at} "target"`)),
      buildArgs: buildArgs(entry['build-args'], `${at} "build-args"`),
      tags: tagList(entry.tags, `${at} "tags"`),
    };
  });
}

function text(value: unknown, where: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim();
  throw new ConfigurationError(`${where} must be a string.`);
}

function buildArgs(value: unknown, where: string): Record<string, string> {
  if (value === undefined || value === null) return {};
  if (Array.isArray(value)) return keyValueLines(value.map(String), where);
  if (typeof value !== 'object') throw new ConfigurationError(`${where} must be a mapping of KEY: value.`);
  const result: Record<string, string> = {};
  for (const [key, arg] of Object.entries(value)) {
    if (typeof arg === 'object' && arg !== null)
      throw new ConfigurationError(`${where}: "${key}" must be a string.`);
    result[key] = arg == null ? '' : String(arg);
  }
  return result;
}

function tagList(value: unknown, where: string): string[] {
  if (value === undefined || value === null) return [];
  const items = Array.isArray(value) ? value : String(value).split(/[\s,]+/);
  return items
    .map((item) => {
      if (typeof item === 'object' && item !== null)
        throw new ConfigurationError(`${where} must be a list of strings.`);
      return String(item).trim();
    })
    .filter((item) => item !== '');
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}
