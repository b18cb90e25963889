/** Input, output and state names of every action, exactly as in their action.yml files. */

export const SetupDocker = {
  inputs: {
    composeFile: 'compose-file',
    environmentName: 'environment-name',
    profiles: 'profiles',
    wait: 'wait',
    timeout: 'timeout',
    build: 'build',
    noCache: 'no-cache',
    keep: 'keep',
    collectOnFailure: 'collect-logs-on-failure',
    matrix: 'matrix',
  },
  outputs: { environment: 'environment', network: 'network', services: 'services' },
  state: {
    environment: 'environment',
    keep: 'keep',
    collectOnFailure: 'collect-on-failure',
    matrix: 'matrix',
  },
} as const;

export const BuildImages = {
  inputs: {
    images: 'images',
    context: 'context',
    dockerfile: 'dockerfile',
    target: 'target',
    buildArgs: 'build-args',
    name: 'name',
    tag: 'tag',
    noCache: 'no-cache',
    labels: 'labels',
  },
  outputs: { images: 'images', refs: 'refs' },
} as const;

export const RunTests = {
  inputs: {
    mode: 'mode',
    image: 'image',
    command: 'command',
    env: 'env',
    environment: 'environment',
    network: 'network',
    reports: 'reports',
    reportsDir: 'reports-dir',
    timeout: 'timeout',
    workingDirectory: 'working-directory',
    name: 'name',
  },
  outputs: { result: 'result', exitCode: 'exit-code', duration: 'duration', reports: 'reports' },
} as const;

export const CollectLogs = {
  inputs: {
    environment: 'environment',
    path: 'path',
    artifactName: 'artifact-name',
    upload: 'upload',
    retentionDays: 'retention-days',
    matrix: 'matrix',
    docker: 'docker',
  },
  outputs: { path: 'path', artifactName: 'artifact-name', artifactId: 'artifact-id' },
} as const;

/** Environment variables setup-docker exports for later steps; run-tests and collect-logs read them. */
export const ENV_ENVIRONMENT = 'INCEPTION_ENVIRONMENT';
export const ENV_NETWORK = 'INCEPTION_NETWORK';
export const ENV_SERVICES = 'INCEPTION_SERVICES';
