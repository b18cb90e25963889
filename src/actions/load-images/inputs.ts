import { ConfigurationError } from '../../errors.js';
import { checkLoadableRef, validateClusterName } from '../../kube/kind/index.js';
import { LoadImages } from '../constants.js';
import { integerInput, listInput, nameInput, quoted, stringInput } from '../runner/index.js';
import { registryFrom } from './deliver.js';

export interface LoadImagesInputs {
  images: string[];
  cluster?: string;
  nodes: string[];
  retries: number;
  /** `localhost:<port>` to push to; absent: load into the nodes. */
  registry?: string;
}

const { inputs } = LoadImages;
const MAX_RETRIES = 10;

/** Reads every input of load-images once, before the engine is asked anything. */
export function readLoadImagesInputs(env: NodeJS.ProcessEnv = process.env): LoadImagesInputs {
  const images = listInput(inputs.images);
  if (images.length === 0) {
    throw new ConfigurationError(
      `Input "${inputs.images}" is empty: list the images to load, one name:tag a line, e.g. images: orders-api:run-42-1.`,
    );
  }
  images.forEach((ref, index) => checkLoadableRef(ref, `Input "${inputs.images}", image ${index + 1}`));
  const cluster = nameInput(inputs.clusterName, 50, 'integration');
  const registry = registryFrom(stringInput(inputs.registry), env);
  if (registry !== undefined && !/^[\w.-]+:\d{1,5}$/.test(registry)) {
    throw new ConfigurationError(
      `Input "${inputs.registry}" is ${quoted(registry)}; write localhost:<port> of setup-kind's registry (e.g. localhost:5001), or false to load into the nodes.`,
    );
  }
  return {
    images,
    ...(cluster === undefined
      ? {}
      : { cluster: validateClusterName(cluster, `Input "${inputs.clusterName}"`) }),
    nodes: listInput(inputs.nodes),
    retries: integerInput(inputs.retries, 2, 0, MAX_RETRIES),
    ...(registry === undefined ? {} : { registry }),
  };
}
