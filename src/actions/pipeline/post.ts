import { environmentPost } from '../setup-docker/index.js';
import { pipelineState } from './state.js';

/** Diagnostics of the environment when the job failed (the test step's output and reports among them),
 * then removal of everything labelled with it: containers, network, volumes, the images it built. */
export async function pipelinePost(): Promise<void> {
  await environmentPost(pipelineState.read());
}
