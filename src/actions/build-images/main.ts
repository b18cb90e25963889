import * as core from '@actions/core';
import { connectDocker } from '../../docker/client.js';
import { buildImages, type BuiltImage } from '../../docker/build/index.js';
import { formatDuration } from '../../shared/format/format-duration.js';
import { actionsLogger, learnVariables } from '../runner/index.js';
import { readBuildImagesInputs } from './inputs.js';
import { BuildImages } from '../constants.js';
import type { DeliveredImage } from '../load-images/index.js';
import { writeJobSummary } from '../runner/index.js';
import { table } from '../../shared/format/markdown.js';

export async function buildImagesMain(signal: AbortSignal): Promise<void> {
  const inputs = readBuildImagesInputs();
  for (const image of inputs.images) learnVariables(image.buildArgs ?? {});
  const docker = await connectDocker();
  const built = await buildImages(docker, inputs.images, {
    runTag: inputs.tag,
    noCache: inputs.noCache,
    labels: inputs.labels,
    logger: actionsLogger,
    signal,
  });
  let delivered: DeliveredImage[] = [];
  if (inputs.load) {
    const { deliverImages, registryFrom } = await import('../load-images/index.js');
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
  await writeJobSummary(builtImagesMarkdown(built));
}

export function builtImagesMarkdown(built: BuiltImage[]): string {
  const rows = built.map((image) => [
    image.name,
    image.tags.map((tag) => `\`${tag}\``).join('<br>'),
    `\`${image.id.slice(7, 19)}\``,
    image.builder,
    formatDuration(image.durationMs),
  ]);
  return [
    `### 🐳 Built ${built.length} image${built.length === 1 ? '' : 's'}`,
    '',
    table(['Image', 'Tags', 'ID', 'Builder', 'Time'], rows, ['left', 'left', 'left', 'left', 'right']),
    '',
  ].join('\n');
}
