import path from 'node:path';

const SHOWN_FILES = 5;

/** A few of the files, relative to `base`, and how many more. */
export function listed(files: string[], base: string): string {
  const names = files.slice(0, SHOWN_FILES).map((file) => path.relative(base, file) || file);
  return files.length > SHOWN_FILES
    ? `${names.join(', ')} and ${files.length - SHOWN_FILES} more`
    : names.join(', ');
}
