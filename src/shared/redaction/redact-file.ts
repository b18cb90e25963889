import { readFile, writeFile } from 'node:fs/promises';
import type { Redactor } from './redactor.js';

/** Redacts a file in place (a JUnit report copied out of a test container); untouched when nothing matches. */
export async function redactFile(file: string, redactor: Redactor): Promise<void> {
  const text = await readFile(file, 'utf8');
  const redacted = redactor.redact(text);
  if (redacted !== text) await writeFile(file, redacted);
}
