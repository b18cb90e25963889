/** What a secret's value is replaced with, wherever it is written. */
export const REDACTED = '***';

/**
 * Values shorter than this are never taken as secrets: a variable named AUTH_ENABLED holding "true", or
 * a key holding "1", would otherwise blank every "true" and "1" of every file, and a 3-character secret
 * is no secret anyway.
 */
export const MIN_SECRET_LENGTH = 4;

/**
 * Values a variable with a secret-looking name often holds that are no secret (AUTH_ENABLED=false,
 * TOKEN_TTL=3600): redacting them would blank every `false` and every such number, and turn index.json
 * into something that is not JSON.
 */
const NOT_SECRET = /^(true|false|yes|no|on|off|null|none|enabled|disabled|\d{1,7})$/i;

const SECRET_NAME = /pass|pwd|secret|token|key|credential|auth|private|cert|session|cookie|signature/i;

/** `scheme://user:password@host`: group 1 is everything before the password. */
const CREDENTIAL_URL = /([a-z][a-z0-9+.-]*:\/\/[^\s:/@'"`]*:)([^\s@/'"`]+)@/gi;

/** A variable (or key) whose name suggests its value is a secret: API_TOKEN, DB_PASSWORD, aws_secret_key. */
export function looksSecretName(name: string): boolean {
  return SECRET_NAME.test(name);
}

/** The passwords of the credential URLs in `text`, as written and percent-decoded. */
export function credentialPasswords(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(CREDENTIAL_URL)) {
    const password = match[2] ?? '';
    found.push(password);
    try {
      const decoded = decodeURIComponent(password);
      if (decoded !== password) found.push(decoded);
    } catch {
      // not valid percent-encoding: the raw form is all there is
    }
  }
  return found;
}

/**
 * The secret values of one run and their redaction from any text. A value is also known in the forms it
 * takes when written inside a JSON string or a URL, so inspect output and query strings are covered too.
 * `onSecret` hears every new form (the Actions entries register each with the runner's log masking).
 */
export class Redactor {
  private readonly values = new Set<string>();
  private pattern: RegExp | undefined;

  constructor(private readonly onSecret?: (value: string) => void) {}

  /** How many forms of secret values are known. */
  get size(): number {
    return this.values.size;
  }

  /** A secret value; each line of a multi-line one (a key file) is redacted on its own. */
  add(value: string | undefined): void {
    if (value === undefined) return;
    for (const line of value.split(/\r?\n/)) {
      this.addForms(line);
      for (const password of credentialPasswords(line)) this.addForms(password);
    }
  }

  /** A variable: its value is a secret when its name looks like one; credential URLs are one anywhere. */
  addVariable(name: string, value: string | undefined): void {
    if (value === undefined) return;
    if (looksSecretName(name)) this.add(value);
    else for (const password of credentialPasswords(value)) this.add(password);
  }

  /** `NAME=value` entries, as in a container's environment. */
  addEnvEntries(entries: readonly string[] | undefined): void {
    for (const entry of entries ?? []) {
      const eq = entry.indexOf('=');
      if (eq > 0) this.addVariable(entry.slice(0, eq), entry.slice(eq + 1));
    }
  }

  /** `text` with every known value, and the password of every credential URL, replaced by `***`. */
  redact(text: string): string {
    let result = text.replace(CREDENTIAL_URL, `$1${REDACTED}@`);
    const pattern = this.currentPattern();
    if (pattern) result = result.replace(pattern, REDACTED);
    return result;
  }

  private addForms(value: string): void {
    if (value.length < MIN_SECRET_LENGTH || NOT_SECRET.test(value)) return;
    const forms = [value, JSON.stringify(value).slice(1, -1), encodeURIComponent(value)];
    for (const form of forms) {
      if (form.length < MIN_SECRET_LENGTH || this.values.has(form)) continue;
      this.values.add(form);
      this.pattern = undefined;
      this.onSecret?.(form);
    }
  }

  private currentPattern(): RegExp | undefined {
    if (this.values.size === 0) return undefined;
    // Longest first, so a value that contains another is replaced whole.
    this.pattern ??= new RegExp(
      [...this.values]
        .sort((a, b) => b.length - a.length)
        .map((value) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('|'),
      'g',
    );
    return this.pattern;
  }
}
