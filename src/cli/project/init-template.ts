import type { ComposeProject } from '../../config/compose/index.js';

export interface InitTemplateOptions {
  /** The compose file and its override files, as written into `compose:` (relative to the inception.yml's
   * folder). */
  compose: string[];
  project: ComposeProject;
  /** A folder beside the compose file with a Dockerfile: the test image to build. */
  testsFolder?: string;
}

/** How tests reach each service that listens: `http://<service>:<port>` on the environment network. */
function serviceLines(project: ComposeProject): string[] {
  return project.services.map((service) => {
    const ports = [...new Set([...service.ports.map((port) => port.containerPort), ...service.expose])];
    const where = ports.length > 0 ? ports.map((port) => `${service.name}:${port}`).join(', ') : 'no ports';
    return `#   ${service.name.padEnd(16)} ${where}${service.build ? ' (built from its build: section)' : ''}`;
  });
}

/** A first inception.yml for a compose file: every key there, explained, ready to edit. */
export function initTemplate(options: InitTemplateOptions): string {
  const { project, testsFolder } = options;
  const testImage = `${project.name}-tests`;
  const firstPort = project.services.find((service) => service.ports.length > 0);
  const exampleEnv = firstPort
    ? `${firstPort.name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_URL: http://${firstPort.name}:${firstPort.ports[0]!.containerPort}`
    : 'API_URL: http://api:8080';
  const images = testsFolder
    ? [
        'images:',
        `  - name: ${testImage}`,
        `    context: ${testsFolder}`,
        '    # dockerfile: Dockerfile',
        '    # target: test',
        '    # args: { PYTHON_VERSION: "3.12" }',
      ]
    : ['# images:', `#   - name: ${testImage}`, '#     context: tests', '#     # dockerfile: Dockerfile'];
  const tests = [
    'tests:',
    `  image: ${testImage}`,
    "  # The command, instead of the image's own (a list, or one line split as a shell would).",
    '  # command: pytest -x',
    '  env:',
    `    ${exampleEnv}`,
    '  # JUnit XML the tests write inside their container; copied to .inception/reports/<environment>/.',
    '  reports: /reports/*.xml',
    '  timeout: 30m',
  ];
  return [
    '# inception.yml: what `inception up` starts and `inception test` runs (written by `inception init`).',
    '# Paths are relative to this file. `inception <command> --help` says what each command does.',
    '',
    '# The environment: this compose file, brought up as an isolated environment (own network, container',
    '# names and host ports), services started in dependency order and waited for (x-inception waits).',
    ...(options.compose.length > 1
      ? ['# Several files: merged in order, as `docker compose -f a -f b` merges them.']
      : []),
    `compose: ${options.compose.length > 1 ? `[${options.compose.join(', ')}]` : options.compose[0]}`,
    '# Compose profiles to enable, e.g. [debug].',
    'profiles: []',
    '',
    `# Its services, as the tests reach them on the environment network:`,
    ...serviceLines(project),
    '',
    '# Images built before the tests, each tagged <name>:<environment>; usually the test image.',
    ...images,
    '',
    '# The tests: a container on the environment network; its exit code is the result.',
    ...(testsFolder ? tests : tests.map((line) => `# ${line}`)),
    ...(testsFolder
      ? []
      : [
          '# Without a tests: section, give the image on the command line:',
          `#   inception test --image ${testImage} -- pytest -x`,
        ]),
    '',
    '# Suites: variants of tests: that `inception test --parallel [suite...]` runs at once, each in an',
    '# environment of its own; each key (image, command, env, reports, timeout) replaces the one of tests:',
    '# (env adds to it). One result table and one report folder: .inception/reports/parallel-<time>/.',
    '# suites:',
    '#   api:',
    '#     command: pytest tests/api',
    '#   ui:',
    `#     image: ${testImage}`,
    '#     command: pytest tests/ui',
    '#     env: { BROWSER: chromium }',
    '#     timeout: 15m',
    '',
  ].join('\n');
}
