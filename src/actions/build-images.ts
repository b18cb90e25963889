import * as core from '@actions/core';
import { connectDocker } from '../docker/client.js';
import { buildImages, type BuiltImage } from '../docker/image-build.js';
import { formatDuration } from '../report/format-duration.js';
import { actionsLogger } from './actions-logger.js';
import { readBuildImagesInputs } from './build-images-inputs.js';
import { BuildImages } from './constants.js';
import { deliverImages, registryFrom, type DeliveredImage } from './load-images-deliver.js';
import type { ActionEntry } from './run-action.js';

export async function buildImagesMain(): Promise<void> {
  const inputs = readBuildImagesInputs();
  const docker = await connectDocker();
  const built = await buildImages(docker, inputs.images, {
    runTag: inputs.tag,
    noCache: inputs.noCache,
    labels: inputs.labels,
    logger: actionsLogger,
  });
  let delivered: DeliveredImage[] = [];
  if (inputs.load) {
    delivered = await deliverImages(docker, {
      images: built.map((image) => image.ref),
      cluster: inputs.load.cluster,
      nodes: inputs.load.nodes,
      retries: 2,
      registry: registryFrom(undefined),
      logger: actionsLogger,
    });
  }
  const clusterRefs = new Map(delivered.map((image) => [image.ref, image.clusterRef]));
  const images = Object.fromEntries(
    built.map((image) => [
      image.name,
      {
        ref: image.ref,
        id: image.id,
        tags: image.tags,
        ...(clusterRefs.has(image.ref) ? { clusterRef: clusterRefs.get(image.ref) } : {}),
      },
    ]),
  );
  core.setOutput(BuildImages.outputs.images, JSON.stringify(images));
  core.setOutput(BuildImages.outputs.refs, built.map((image) => image.ref).join('\n'));
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(builtImagesMarkdown(built)).write();
}

export function builtImagesMarkdown(built: BuiltImage[]): string {
  const rows = built.map(
    (image) =>
      `| ${image.name} | \`${image.tags.join('`<br>`')}\` | \`${image.id.slice(7, 19)}\` | ${image.builder} | ${formatDuration(image.durationMs)} |`,
  );
  return [
    `### 🐳 Built ${built.length} image${built.length === 1 ? '' : 's'}`,
    '',
    '| Image | Tags | ID | Builder | Time |',
    '| --- | --- | --- | --- | ---: |',
    ...rows,
    '',
  ].join('\n');
}

export const buildImagesAction: ActionEntry = { main: buildImagesMain };
