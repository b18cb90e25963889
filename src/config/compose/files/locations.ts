/** Where each key path of the merged model was written: path -> `file:line`. */
export type Locations = Map<string, string>;

/** A document's 1-based lines as `file:line` locations, its paths under `prefix` (for included parts). */
export function fileLocations(lines: Map<string, number>, file: string): Locations {
  return new Map([...lines].map(([path, line]) => [path, `${file}:${line}`]));
}

/** The location of a path, or of its nearest ancestor that a file spells out. */
export function locate(locations: Locations, path: string, fallback: string): string {
  let current = path;
  for (;;) {
    const found = locations.get(current);
    if (found !== undefined) return found;
    const cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
    if (cut <= 0) return fallback;
    current = current.slice(0, cut);
  }
}

/** Copies the locations under `from` to `to` (a service extended under another name), keeping those set. */
export function renameLocations(locations: Locations, source: Locations, from: string, to: string): void {
  for (const [path, where] of source) {
    if (path !== from && !path.startsWith(`${from}.`) && !path.startsWith(`${from}[`)) continue;
    const renamed = to + path.slice(from.length);
    if (!locations.has(renamed)) locations.set(renamed, where);
  }
}
