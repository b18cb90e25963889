import { accessSync, constants } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Where .ci/install-act.sh puts act (INCEPTION_BIN_DIR, as for the kind toolchain); INCEPTION_ACT names another binary. */
export function actBinary(): string {
  const binDir = process.env.INCEPTION_BIN_DIR || path.join(os.homedir(), '.cache/inception/bin');
  const binary = process.env.INCEPTION_ACT || path.join(binDir, 'act');
  try {
    accessSync(binary, constants.X_OK);
  } catch {
    throw new Error(`act is not installed at ${binary}: run \`bash .ci/install-act.sh\``);
  }
  return binary;
}
