import type { WaitStrategy } from '../../../config/compose/index.js';

/** How a wait reads in a log line or an error: "HTTP 200 on :8080/healthz". */
export function describeWait(wait: WaitStrategy): string {
  switch (wait.kind) {
    case 'healthy':
      return 'its health check to pass';
    case 'started':
      return 'it to start';
    case 'log':
      return `log line /${wait.pattern}/${wait.times > 1 ? ` ${wait.times} times` : ''}`;
    case 'http':
      return `HTTP ${wait.status.join('|')} on :${wait.port}${wait.path}${wait.body ? ` with body /${wait.body}/` : ''}`;
    case 'tcp':
      return `TCP port ${wait.port} to accept connections`;
    case 'exit':
      return `it to exit with code ${wait.code}`;
    case 'running':
      return `it to keep running for ${wait.forMs / 1000}s`;
  }
}
