/** Extensions a dotted class or module name (`tests.test_api`, `com.acme.OrderIT`) may have as a file. */
const DOTTED_EXTENSIONS = ['.py', '.java', '.kt', '.scala', '.groovy'];

export interface TestFileIndexOptions {
  /** Absolute folder the test paths are relative to: absolute paths in reports below it are made relative. */
  root?: string;
  /** The `module` line of go.mod at the root: a Go package's import path below it names its folder. */
  goModule?: string;
}

/**
 * The test files a plan covers, and the ways a JUnit report names one of them. Every lookup answers only
 * with files of the list, so trying a way that does not fit the framework at hand finds nothing instead of
 * a wrong file; a name that fits several files (two `a.spec.ts` in different folders) finds none.
 */
export class TestFileIndex {
  private readonly files: Set<string>;
  /** Every trailing part of every path (`b/c.py`, `c.py` of `a/b/c.py`) → the paths ending so. */
  private readonly bySuffix = new Map<string, string[]>();
  /** Every trailing part of a folder holding `_test.go` files → those files. */
  private readonly goFolders = new Map<string, string[]>();
  private readonly root: string | undefined;

  constructor(
    files: Iterable<string>,
    private readonly options: TestFileIndexOptions = {},
  ) {
    this.files = new Set(files);
    this.root = options.root?.replace(/\\/g, '/').replace(/\/+$/, '');
    for (const file of this.files) {
      const segments = file.split('/');
      for (let i = 1; i < segments.length; i++) push(this.bySuffix, segments.slice(i).join('/'), file);
      if (file.endsWith('_test.go')) {
        const folder = segments.slice(0, -1);
        push(this.goFolders, folder.join('/'), file);
        for (let i = 1; i < folder.length; i++) push(this.goFolders, `/${folder.slice(i).join('/')}`, file);
      }
    }
  }

  has(file: string): boolean {
    return this.files.has(file);
  }

  /** A path as a report writes it: relative, absolute (this machine or a container's), `./`, `\`, `file://`. */
  byPath(reported: string): string | undefined {
    let candidate = reported
      .trim()
      .replace(/^file:\/\//, '')
      .replace(/\\/g, '/');
    if (this.root && candidate.startsWith(`${this.root}/`)) candidate = candidate.slice(this.root.length + 1);
    candidate = candidate.replace(/^(\.\/)+/, '');
    if (candidate === '') return undefined;
    if (this.files.has(candidate)) return candidate;
    const segments = candidate.split('/').filter((segment) => segment !== '');
    for (let i = 0; i < segments.length; i++) {
      const tail = segments.slice(i).join('/');
      const found = [...(this.files.has(tail) ? [tail] : []), ...(this.bySuffix.get(tail) ?? [])];
      if (found.length > 0) return found.length === 1 ? found[0] : undefined;
    }
    return undefined;
  }

  /**
   * A dotted name: pytest's `classname` (`tests.api.test_users.TestLogin`: the module, then classes) or a
   * JVM class (`com.acme.OrderIT`, `com.acme.OrderIT$Nested`). The longest prefix that is a file wins.
   */
  byDottedName(name: string): string | undefined {
    const trimmed = name.trim().replace(/\$.*$/, '');
    if (!/^[\w.]+$/.test(trimmed)) return undefined;
    const parts = trimmed.split('.');
    for (let length = parts.length; length > 0; length--) {
      const stem = parts.slice(0, length).join('/');
      for (const extension of DOTTED_EXTENSIONS) {
        const found = this.byPath(`${stem}${extension}`);
        if (found) return found;
      }
    }
    return undefined;
  }

  /** A Go package's import path (`github.com/acme/shop/internal/cart`) → the `_test.go` files of its folder. */
  byGoPackage(importPath: string): string[] {
    const name = importPath.trim();
    if (!/^[\w.~-]+(\/[\w.~-]+)*$/.test(name)) return [];
    const module = this.options.goModule;
    if (module && (name === module || name.startsWith(`${module}/`))) {
      return this.goFolders.get(name.slice(module.length + 1)) ?? [];
    }
    const segments = name.split('/');
    // Without go.mod, only a path that starts with a host (`github.com/…`) is taken for an import path:
    // a bare `cart` is as likely a describe block's title.
    if (segments.length < 2 || !segments[0]?.includes('.')) return [];
    for (let i = 0; i < segments.length; i++) {
      const tail = segments.slice(i).join('/');
      const found = this.goFolders.get(tail) ?? this.goFolders.get(`/${tail}`);
      if (found) return new Set(found.map(folderOf)).size === 1 ? found : [];
    }
    return [];
  }
}

function folderOf(file: string): string {
  return file.slice(0, Math.max(0, file.lastIndexOf('/')));
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
