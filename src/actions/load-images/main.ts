import * as core from '@actions/core';
import { connectDocker } from '../../docker/client.js';
import { ConfigurationError } from '../../errors.js';
import { actionsLogger } from '../runner/index.js';
import { LoadImages } from '../constants.js';
import { integerInput, listInput, stringInput } from '../runner/index.js';
import { deliverImages, registryFrom } from './deliver.js';

const { inputs, outputs } = LoadImages;

export async function loadImagesMain(): Promise<void> {
  const images = listInput(inputs.images);
  if (images.length === 0) {
    throw new ConfigurationError(
      `Input "${inputs.images}" is empty: list the images to load, one name:tag a line.`,
    );
  }
  const docker = await connectDocker();
  const delivered = await deliverImages(docker, {
    images,
    cluster: stringInput(inputs.clusterName),
    nodes: listInput(inputs.nodes),
    retries: integerInput(inputs.retries, 2),
    registry: registryFrom(stringInput(inputs.registry)),
    logger: actionsLogger,
  });
  core.setOutput(
    outputs.images,
    JSON.stringify(Object.fromEntries(delivered.map((image) => [image.ref, image.clusterRef]))),
  );
  core.setOutput(outputs.refs, delivered.map((image) => image.clusterRef).join('\n'));
}
