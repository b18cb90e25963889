/** The characters GitHub's artifact service refuses in a name. */
const FORBIDDEN = ['"', ':', '<', '>', '|', '*', '?', '\r', '\n', '\\', '/'];

/** Why GitHub would refuse the artifact name, or undefined when it is accepted. */
export function artifactNameProblem(name: string): string | undefined {
  if (name.trim() === '') return 'the artifact name is empty';
  const found = FORBIDDEN.filter((character) => name.includes(character));
  if (found.length > 0) return `the artifact name contains ${found.map((c) => JSON.stringify(c)).join(', ')}`;
  // Names become file names here; GitHub keeps them elsewhere and has no such case.
  if (name === '.' || name === '..') return 'the artifact name is a relative path';
  return undefined;
}

/** Backend ids become folder names, so they are held to what a real (UUID or number) id looks like. */
export function isSafeBackendId(id: string): boolean {
  return /^[A-Za-z0-9_-]{1,100}$/.test(id);
}
