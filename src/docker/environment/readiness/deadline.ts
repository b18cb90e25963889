/** Settles as `task` does, or rejects with `expired()` when `deadline` (epoch ms) comes first. */
export function beforeDeadline<T>(task: Promise<T>, deadline: number, expired: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(expired()), Math.max(0, deadline - Date.now()));
  });
  return Promise.race([task, timeout]).finally(() => clearTimeout(timer));
}

/** A service's startup budget as its messages name it: "within 30s". */
export function withinText(timeoutMs: number): string {
  return `within ${Math.round(timeoutMs / 1000)}s`;
}
