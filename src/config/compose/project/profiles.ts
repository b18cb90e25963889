import type { ComposeContext } from '../context.js';
import type { ServiceSpec } from '../model.js';
import type { ParsedService } from '../service/service.js';

/** Services without profiles, those of an active profile (`*`: all), those asked for by name and what
 * they depend on, as `docker compose up NAME` enables them. */
export function selectProfiles(
  services: Map<string, ParsedService>,
  active: string[],
  named: string[],
  ctx: ComposeContext,
): ServiceSpec[] {
  for (const name of named) {
    if (!services.has(name))
      ctx.fail('services', `no such service: "${name}"; services: ${[...services.keys()].join(', ')}`);
  }
  const enabledNames = new Set(named);
  // Naming services selects them and what they depend on, whatever their profiles, as `docker compose up NAME`.
  const isEnabled = (spec: ServiceSpec) =>
    named.length
      ? enabledNames.has(spec.name)
      : !spec.profiles.length ||
        active.includes('*') ||
        spec.profiles.some((profile) => active.includes(profile));
  const pending = [...named];
  while (pending.length) {
    const spec = services.get(pending.pop() as string)?.spec;
    for (const dependency of Object.keys(spec?.dependsOn ?? {})) {
      if (!enabledNames.has(dependency) && services.has(dependency)) {
        enabledNames.add(dependency);
        pending.push(dependency);
      }
    }
  }
  const enabled = [...services.values()].filter(({ spec }) => isEnabled(spec));
  for (const { spec, dependencies } of enabled) {
    for (const dependency of Object.keys(spec.dependsOn)) {
      const target = services.get(dependency)?.spec;
      if (target === undefined) {
        delete spec.dependsOn[dependency];
        continue;
      }
      if (isEnabled(target)) continue;
      if (dependencies.optional.includes(dependency)) {
        delete spec.dependsOn[dependency];
        continue;
      }
      ctx.fail(
        dependencies.paths[dependency] as string,
        `service "${spec.name}" depends on "${dependency}", which is only enabled with profile ${target.profiles.join(' or ')}; activate one of them or remove the dependency`,
      );
    }
  }
  if (!enabled.length) {
    const profiles = [...new Set([...services.values()].flatMap(({ spec }) => spec.profiles))];
    ctx.fail(
      'services',
      `no service is enabled; every service is in a profile, activate one of ${profiles.join(', ')}`,
    );
  }
  return enabled.map(({ spec }) => spec);
}
