import path from 'node:path';
import type { ComposeProject } from '../../config/compose/index.js';

/** A path inside `folder` (or the folder itself). */
export function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** The services built from a context that holds one of the changed files: the ones to refresh. */
export function affectedServices(project: ComposeProject, changed: string[]): string[] {
  return project.services
    .filter((service) => service.build && changed.some((file) => isInside(service.build!.context, file)))
    .map((service) => service.name);
}
