import type Docker from 'dockerode';
import type { NetworkSpec } from '../../../config/compose/index.js';
import { ConfigurationError } from '../../../errors.js';
import { environmentLabels } from '../../../shared/identity/labels.js';

/** The Engine API create options of one network of the environment, as the file sets it up. Pure. */
export function networkCreateOptions(
  engineName: string,
  environment: string,
  spec: NetworkSpec | undefined,
): Docker.NetworkCreateOptions {
  const options: Docker.NetworkCreateOptions = {
    Name: engineName,
    Driver: spec?.driver ?? 'bridge',
    CheckDuplicate: true,
    Labels: { ...spec?.labels, ...environmentLabels(environment, 'network') },
  };
  if (!spec) return options;
  if (Object.keys(spec.driverOpts).length) options.Options = spec.driverOpts;
  if (spec.internal !== undefined) options.Internal = spec.internal;
  if (spec.attachable !== undefined) options.Attachable = spec.attachable;
  if (spec.enableIpv6 !== undefined) options.EnableIPv6 = spec.enableIpv6;
  if (spec.ipam)
    options.IPAM = {
      Driver: spec.ipam.driver ?? 'default',
      Config: spec.ipam.config.map((pool) => ({
        ...(pool.subnet ? { Subnet: pool.subnet } : {}),
        ...(pool.gateway ? { Gateway: pool.gateway } : {}),
        ...(pool.ipRange ? { IPRange: pool.ipRange } : {}),
        ...(pool.auxAddresses ? { AuxiliaryAddresses: pool.auxAddresses } : {}),
      })),
    };
  return options;
}

/** Creates the network; a fixed subnet another network holds (a second environment from the same file)
 * is the user's to change, so it says which key. */
export async function createEnvironmentNetwork(
  docker: Docker,
  name: string,
  options: Docker.NetworkCreateOptions,
): Promise<void> {
  try {
    await docker.createNetwork(options);
  } catch (error) {
    const message = (error as Error).message;
    if (/overlaps|address already in use/i.test(message) && options.IPAM?.Config?.some((pool) => pool.Subnet))
      throw new ConfigurationError(
        `networks.${name}.ipam.config: the engine refused the fixed subnet (${message.trim()}). ` +
          'Another network, often a second environment from the same compose file, holds it: a fixed subnet ' +
          'allows one environment at a time. Remove the subnet (and ipv4_address) to run several, or stop the other.',
      );
    throw error;
  }
}
