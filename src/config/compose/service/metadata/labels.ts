import type { ComposeContext } from '../../context.js';
import { readEnvFile } from '../../variables/env-file.js';
import { readKeyValues, readStringOrList } from '../../../values/index.js';

/** `label_file` entries in order (dotenv format, a value may name a label read before it), then `labels`
 * over them, as compose-go resolves them. Paths are absolute by now (files/paths.ts). */
export function parseLabels(
  raw: Record<string, unknown>,
  path: string,
  ctx: ComposeContext,
): Record<string, string> {
  const labels: Record<string, string> = {};
  if (raw.label_file != null) {
    readStringOrList(raw.label_file, `${path}.label_file`, ctx.at).forEach((file, index) => {
      const where = ctx.at(`${path}.label_file${Array.isArray(raw.label_file) ? `[${index}]` : ''}`);
      const entries = readEnvFile(file, {
        shownAs: file,
        where,
        format: 'dotenv',
        lookup: (name) => labels[name],
        kind: 'label file',
      });
      // A bare KEY takes a label read before it, else is dropped, as compose-go's dotenv reads it.
      for (const [key, value] of Object.entries(entries)) if (value !== undefined) labels[key] = value;
    });
  }
  if (raw.labels != null) Object.assign(labels, readKeyValues(raw.labels, `${path}.labels`, ctx.at));
  return labels;
}
