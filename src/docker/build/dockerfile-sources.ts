/** What a build reads from outside its context: the images it starts from or copies from. */
export type DockerfileSources =
  | { kind: 'images'; images: string[] }
  /** The build reads something we cannot fingerprint (a URL, a variable we cannot resolve). */
  | { kind: 'unknown'; reason: string };

interface Instruction {
  keyword: string;
  args: string;
}

/**
 * The external images a Dockerfile uses (`FROM`, `COPY --from`, `RUN --mount=from=`), with the `ARG`s
 * before the first `FROM` resolved from their defaults and `buildArgs`, as the builder resolves them.
 * Stage names and `scratch` are not images. An `ADD` of a URL or git repository makes the sources unknown.
 */
export function dockerfileSources(text: string, buildArgs: Record<string, string> = {}): DockerfileSources {
  const instructions = readInstructions(text);
  const globals = new Map<string, string>();
  const stages = new Set<string>();
  const images = new Set<string>();
  let seenFrom = false;
  let stageIndex = 0;
  const external = (name: string): DockerfileSources | undefined => {
    if (/^\d+$/.test(name) || stages.has(name.toLowerCase())) return undefined;
    if (name.toLowerCase() === 'scratch') return undefined;
    if (name.includes('$')) return { kind: 'unknown', reason: `image "${name}" uses a variable` };
    images.add(name);
    return undefined;
  };

  for (const { keyword, args } of instructions) {
    if (keyword === 'ARG' && !seenFrom) {
      for (const word of args.split(/\s+/).filter(Boolean)) {
        const [name, ...rest] = word.split('=');
        const fallback = rest.length ? unquote(rest.join('=')) : undefined;
        const value = buildArgs[name!] ?? fallback;
        if (value !== undefined) globals.set(name!, value);
      }
    } else if (keyword === 'FROM') {
      seenFrom = true;
      const words = args.split(/\s+/).filter((word) => word && !word.startsWith('--'));
      const image = substitute(words[0] ?? '', globals);
      if (image === undefined) return { kind: 'unknown', reason: `FROM ${words[0]} uses an unset variable` };
      const problem = external(image);
      if (problem) return problem;
      if (words[1]?.toLowerCase() === 'as' && words[2]) stages.add(words[2].toLowerCase());
      stages.add(String(stageIndex++));
    } else if (keyword === 'COPY' || keyword === 'ADD' || keyword === 'RUN') {
      for (const from of fromFlags(args)) {
        const problem = external(from);
        if (problem) return problem;
      }
      if (keyword === 'ADD') {
        const remote = args
          .split(/\s+/)
          .find((word) => !word.startsWith('--') && /^(https?:\/\/|git@|git:\/\/)/.test(word));
        if (remote) return { kind: 'unknown', reason: `ADD ${remote} reads from the network` };
      }
    }
  }
  return { kind: 'images', images: [...images] };
}

/** `--from=x` on COPY/ADD and `from=x` inside `--mount=` on RUN. */
function fromFlags(args: string): string[] {
  const found: string[] = [];
  for (const word of args.split(/\s+/)) {
    const copy = /^--from=(.+)$/.exec(word);
    if (copy) found.push(unquote(copy[1]!));
    const mount = /^--mount=(.+)$/.exec(word);
    if (mount) {
      for (const part of mount[1]!.split(',')) {
        const [key, value] = part.split('=');
        if (key === 'from' && value) found.push(unquote(value));
      }
    }
  }
  return found;
}

/** `$NAME`, `${NAME}`, `${NAME:-x}`, `${NAME-x}`; undefined when a variable has no value. */
function substitute(word: string, values: Map<string, string>): string | undefined {
  let missing = false;
  const result = word.replace(
    /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?-)([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g,
    (
      _,
      braced: string | undefined,
      operator: string | undefined,
      fallback: string | undefined,
      bare: string | undefined,
    ) => {
      const name = (braced ?? bare)!;
      const value = values.get(name);
      if (operator === ':-' && !value) return fallback ?? '';
      if (operator === '-' && value === undefined) return fallback ?? '';
      if (value === undefined) missing = true;
      return value ?? '';
    },
  );
  return missing ? undefined : result;
}

function unquote(value: string): string {
  return value.replace(/^(["'])(.*)\1$/, '$2');
}

/** Instructions with continuations joined, comments and the parser directives dropped. */
function readInstructions(text: string): Instruction[] {
  const lines = text.split(/\r?\n/);
  const escapeDirective = lines
    .slice(0, lines.findIndex((line) => !/^\s*#/.test(line)) + 1 || lines.length)
    .map((line) => /^\s*#\s*escape\s*=\s*(\S)/i.exec(line)?.[1])
    .find(Boolean);
  const escape = escapeDirective ?? '\\';
  const instructions: Instruction[] = [];
  let current = '';
  let heredocEnd: string | undefined;
  for (const line of lines) {
    if (heredocEnd !== undefined) {
      if (line.trim() === heredocEnd) heredocEnd = undefined;
      continue;
    }
    if (/^\s*#/.test(line)) continue;
    const trimmed = line.trimEnd();
    if (trimmed.endsWith(escape)) {
      current += `${trimmed.slice(0, -1)} `;
      continue;
    }
    current += trimmed;
    const match = /^\s*([A-Za-z]+)\s*(.*)$/.exec(current);
    if (match) instructions.push({ keyword: match[1]!.toUpperCase(), args: match[2]!.trim() });
    // A heredoc's body is file content or a script, not instructions.
    heredocEnd = /<<-?(["']?)([A-Za-z_][A-Za-z0-9_]*)\1/.exec(current)?.[2];
    current = '';
  }
  return instructions;
}
