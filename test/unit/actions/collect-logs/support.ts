export const saved = { ...process.env };

/** @actions/core reads `INPUT_<NAME upper-cased, spaces as _>`; hyphens stay. */
export function setInputs(inputs: Record<string, string>): void {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
}
