import { joinPath } from '../values/index.js';
import { locate, type Locations } from './files/locations.js';
import { ConfigurationError } from '../../errors.js';
import type { Lookup } from './variables/interpolation.js';
import type { Locator } from '../values/index.js';

/** What every part of the compose loader needs: where things are, the variables, the warnings so far. */
export class ComposeContext {
  readonly warnings: string[] = [];
  /** Named volumes declared at the top level. */
  readonly namedVolumes = new Set<string>();
  readonly declaredNetworks: string[] = [];
  readonly declaredSecrets: string[] = [];
  readonly declaredConfigs: string[] = [];
  readonly at: Locator = (path) => `${this.lineAt(path)}: ${path}`;

  constructor(
    /** The file as messages show it. */
    readonly file: string,
    /** Absolute folder of the file; relative paths in it resolve against this. */
    readonly dir: string,
    private readonly locations: Locations,
    readonly env: Lookup,
  ) {}

  lineAt(path: string): string {
    return locate(this.locations, path, `${this.file}:1`);
  }

  fail(path: string, message: string): never {
    throw new ConfigurationError(`${this.at(path)}: ${message}`);
  }

  warn(path: string, message: string): void {
    this.warnings.push(`${this.lineAt(path)}: ${message}`);
  }

  /** Warns about every key of `record` that is neither known nor an `x-` extension. */
  warnUnknownKeys(
    record: Record<string, unknown>,
    known: readonly string[],
    path: string,
    service?: string,
  ): void {
    for (const key of Object.keys(record)) {
      if (!known.includes(key) && !key.startsWith('x-')) this.warnUnsupported(joinPath(path, key), service);
    }
  }

  warnUnsupported(path: string, service?: string): void {
    if (service === undefined) {
      this.warn(path, `key "${path}" is not supported by inception and is ignored`);
      return;
    }
    const key = path.slice(`services.${service}.`.length);
    this.warn(path, `service "${service}": key "${key}" is not supported by inception and is ignored`);
  }
}
