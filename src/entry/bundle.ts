// The one ncc entry: dist/<action>/index.js and dist/cli/index.js both call into this bundle, so dist/
// holds one copy of the dependencies; what each needs is split into chunks loaded on first use.
import './esm-shim.js';

export { runAction } from './actions.js';
export { runCli } from './cli.js';
