import { removeEnvironment } from '../../docker/environment/index.js';
import type { EnvironmentInfo } from '../../docker/environment/index.js';
import { cancellationOf } from '../../shared/cancellation/cancel-on-signal.js';
import { CLUSTER_OPTIONS, PROJECT_OPTIONS, type CliCommand } from '../command.js';
import type { CliContext } from '../context.js';
import { clusterTest } from '../cluster/cluster-path.js';
import { testInParallel } from '../parallel/index.js';
import { testOnChanges } from '../watch/index.js';
import { runTestsIn, upEnvironmentHere } from '../project/test-run.js';
import { testSettings } from '../project/test-settings.js';
import { bringUp, saveDiagnostics } from './up.js';

/** Runs the tests in the environment `inception up` started, or in a fresh one that is removed after. */
async function test(context: CliContext): Promise<number> {
  if (context.options.parallel) return testInParallel(context);
  if (context.options.watch.length > 0) return testOnChanges(context);
  if (context.config.cluster) return clusterTest(context);
  const { docker, logger, options, signal } = context;
  const tests = testSettings(context.project, options);
  const reused = await upEnvironmentHere(context);
  const info: EnvironmentInfo = reused ?? (await bringUp(context));
  try {
    const result = await runTestsIn(context, info, tests);
    if (result.result === 'cancelled') throw cancellationOf(signal);
    if (result.result !== 'passed') {
      await saveDiagnostics(context, info.name);
      return result.exitCode && result.exitCode > 0 ? result.exitCode : 1;
    }
    return 0;
  } catch (error) {
    if (!signal.aborted) throw error;
    await saveDiagnostics(context, info.name, 'while the tests ran');
    throw cancellationOf(signal);
  } finally {
    if (!reused && !options.keep) {
      await logger.group(`Remove ${info.name}`, () => removeEnvironment(docker, info.name, logger));
    }
  }
}

export const testCommand: CliCommand = {
  name: 'test',
  summary: 'run the tests (in the environment from `up`, or in a fresh one removed afterwards)',
  help: `Usage: inception test [options] [-- <test command>...]
       inception test --parallel [--max-parallel <n>] [options] [<suite>...]
       inception test --watch <path> [--watch <path>...] [options] [-- <test command>...]

Runs the tests in a container on the environment's network (services answer by their names), in the
environment \`inception up\` started here, else in a fresh one that is removed afterwards. The test
settings come from inception.yml's tests: section; the options below override them, and with a compose
file alone --image is all it takes: inception test --image my-tests -- pytest -x
JUnit reports are copied to .inception/reports/<environment>/; a failed run writes diagnostics to
.inception/diagnostics/<environment>/. The exit code is the tests' own.

Options:
${PROJECT_OPTIONS}
      --image <image>      the test image (a name from inception.yml's images: is built first)
  -e, --env <KEY=VALUE>    a variable of the test container (repeatable; KEY alone: this shell's value)
      --reports <glob>     JUnit XML in the test container (default /reports/*.xml)
      --timeout <d>        the longest the tests may run, e.g. 10m (default 30m)
      -- <command>...      the test command, instead of the image's
      --no-build           use the images the engine has instead of building
      --no-cache           build without the build cache
      --keep               leave a fresh environment running afterwards (with --parallel, each suite's)

Suites (inception.yml's suites: section, each a variant of tests:):
      --parallel           run the suites named (none named: every suite) at once, each in an environment
                           of its own, removed afterwards (Ctrl-C too); live progress per suite on a
                           terminal, lines prefixed by suite otherwise; then one result table, and one
                           folder .inception/reports/parallel-<time>/ with each suite's reports and
                           output.log, junit.xml over all of them and summary.md. A failed suite writes
                           diagnostics to .inception/diagnostics/<its environment>/. Exit 1 when any
                           suite did not pass. --env, --reports and --timeout apply to every suite.
      --max-parallel <n>   at most n suites at once (default: all)

The developer's loop:
      --watch <path>       run the tests, then wait for changes under the path (file or folder, repeatable)
                           and under the services' develop.watch rules, and run them again: a rule syncs,
                           restarts, runs its command or rebuilds as \`inception watch\` says; a change
                           inside the build context of a service without rules rebuilds and replaces that
                           service first (as \`inception refresh\`), the others keep running. The
                           environment stays up between runs (the one from \`up\`, else a fresh one);
                           Ctrl-C stops, removing a fresh one unless --keep. Changes under .inception/
                           and .git/ are not changes. With a cluster: section, a change in the context
                           of an image of cluster.images rebuilds, loads and rolls it first.
${CLUSTER_OPTIONS}`,
  cancellable: true,
  run: test,
};
