import type Docker from 'dockerode';
import type { FileSource, ServiceSpec } from '../../../config/compose/index.js';
import { environmentLabels } from '../../../shared/identity/labels.js';
import { copiesFileMounts } from './copy-file-mounts.js';

export function volumeName(environment: string, volume: string): string {
  return `${environment}_${volume}`;
}

export interface MountContext {
  environment: string;
  /** Engine names of external volumes, by their name in the file. */
  externalVolumes: Record<string, string>;
  /** Host files holding each secret's and config's content (see secret-files.ts). */
  files: { secrets: Record<string, string>; configs: Record<string, string> };
}

/** Volumes, binds that must not create their host path (read-only where asked; the others are
 * `serviceBinds`), anonymous volumes (named and labelled per environment so they are removed with it),
 * and secrets and configs as read-only binds where they cannot be copied in (copy-file-mounts.ts). Pure. */
export function serviceMounts(service: ServiceSpec, context: MountContext): Docker.MountSettings[] {
  const labels = environmentLabels(context.environment, 'volume');
  const mounts: Docker.MountSettings[] = service.volumes.flatMap((volume, index) => {
    if (createsHostPath(volume)) return [];
    if (volume.type === 'bind')
      return { Type: 'bind', Source: volume.source, Target: volume.target, ReadOnly: volume.readOnly };
    const external = context.externalVolumes[volume.source];
    const source = volume.source
      ? (external ?? volumeName(context.environment, volume.source))
      : volumeName(context.environment, `${service.name}_anonymous_${index}`);
    const mount: Docker.MountSettings = {
      Type: 'volume',
      Source: source,
      Target: volume.target,
      ReadOnly: volume.readOnly,
    };
    const options: Record<string, unknown> = {};
    if (!volume.source) options.Labels = labels;
    if (volume.noCopy) options.NoCopy = true;
    if (volume.subpath !== undefined) options.Subpath = volume.subpath;
    if (Object.keys(options).length) (mount as { VolumeOptions?: unknown }).VolumeOptions = options;
    return [mount];
  });
  if (copiesFileMounts(service)) return mounts;
  for (const [kind, list] of [
    ['secrets', service.secrets],
    ['configs', service.configs],
  ] as const) {
    for (const file of list) {
      const source = context.files[kind][file.source];
      if (source !== undefined)
        mounts.push({ Type: 'bind', Source: source, Target: file.target, ReadOnly: true });
    }
  }
  return mounts;
}

/** Binds that create a missing host folder (the short form, or `create_host_path` not false), as compose
 * makes them: `HostConfig.Binds` entries, since the engine refuses a `Mounts` bind whose source is missing. */
export function serviceBinds(service: ServiceSpec): string[] {
  return service.volumes
    .filter(createsHostPath)
    .map((volume) => `${volume.source}:${volume.target}:${volume.readOnly ? 'ro' : 'rw'}`);
}

/** A path with a `:` cannot be written as a bind string; it stays a `Mounts` bind. */
function createsHostPath(volume: ServiceSpec['volumes'][number]): boolean {
  return (
    volume.type === 'bind' &&
    volume.createHostPath !== false &&
    !volume.source.includes(':') &&
    !volume.target.includes(':')
  );
}

/** Where a secret's content is on the host: its own file, or the one written for it. */
export function sourcePath(source: FileSource, written: string): string {
  return source.file ?? written;
}
