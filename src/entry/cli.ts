/** The `inception` command; returns the process exit code. Loaded only when the CLI runs. */
export async function runCli(argv: string[]): Promise<number> {
  return (await import('../cli/index.js')).runCli(argv);
}
