import type { ComposeProject } from '../../config/compose/index.js';
import type { EnvironmentInfo } from '../../docker/environment/index.js';
import type { CliContext } from '../context.js';
import { syncService } from './develop-watch.js';
import { contextIgnores, filesAt } from './watched-files.js';
import { ruleTakes, targetOf } from './watch-rules.js';

/** `initial_sync: true`: the rule's whole tree (what its ignores leave) is copied in before the first
 * run, so an environment started earlier (by `up`, or before edits) runs what is on disk. */
export async function initialSync(
  context: CliContext,
  project: ComposeProject,
  info: EnvironmentInfo,
): Promise<void> {
  const ignores = await contextIgnores(project);
  for (const service of project.services) {
    const rules = service.watch.filter((rule) => rule.initialSync && rule.target !== undefined);
    if (rules.length === 0) continue;
    const ignore = ignores.get(service.name);
    const contextIgnore = service.build && ignore ? { context: service.build.context, ignore } : undefined;
    const copies = [];
    for (const rule of rules) {
      for (const file of await filesAt(rule.path))
        if (ruleTakes(rule, file, contextIgnore)) copies.push({ source: file, target: targetOf(rule, file) });
    }
    await syncService(context, info.name, service.name, copies);
  }
}
