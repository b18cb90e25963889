import { PROJECT_OPTIONS, type CliCommand } from '../command.js';
import { testOnChanges } from '../watch/index.js';

export const watchCommand: CliCommand = {
  name: 'watch',
  summary: 'run the tests, then again on every change, following the services’ develop.watch rules',
  help: `Usage: inception watch [options] [path...] [-- <test command>...]

\`docker compose watch\` with the tests in the loop: brings up the environment (or uses the one from
\`inception up\`), runs the tests, then waits for changes and runs them again. A change under a path of a
service's develop.watch rule does what the rule says, as compose does it:
  sync           copy the changed files into the running container (deleted ones are removed there)
  sync+restart   copy them, then restart the container as it is, and wait until it is ready again
  sync+exec      copy them, then run the rule's exec command in the container (failing: no test run)
  restart        restart the container, and wait until it is ready again
  rebuild        rebuild the image and replace the container (as \`inception refresh\`)
A rule's ignore and include patterns, the build context's .dockerignore, .git and editors' swap files
are not changes; initial_sync: true copies the rule's whole path in before the first run. A change in the
build context of a service without rules rebuilds it; a change under a path named here only reruns the
tests. Ctrl-C stops, removing a fresh environment unless --keep.

Same as \`inception test --watch <path>...\`, which takes the test options too (--image, --env, --timeout).

Options:
${PROJECT_OPTIONS}
      --keep               leave a fresh environment running afterwards`,
  cancellable: true,
  run: (context) =>
    testOnChanges({
      ...context,
      options: { ...context.options, watch: [...context.options.watch, ...context.options.positionals] },
    }),
};
