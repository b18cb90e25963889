import * as core from '@actions/core';
import { connectDocker } from '../../docker/client.js';
import { actionsLogger } from '../runner/index.js';
import { LoadImages } from '../constants.js';
import { deliverImages } from './deliver.js';
import { readLoadImagesInputs } from './inputs.js';

const { outputs } = LoadImages;

export async function loadImagesMain(): Promise<void> {
  const inputs = readLoadImagesInputs();
  const docker = await connectDocker();
  const delivered = await deliverImages(docker, { ...inputs, logger: actionsLogger });
  core.setOutput(
    outputs.images,
    JSON.stringify(Object.fromEntries(delivered.map((image) => [image.ref, image.clusterRef]))),
  );
  core.setOutput(outputs.refs, delivered.map((image) => image.clusterRef).join('\n'));
}
