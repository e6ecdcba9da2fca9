/**
 * Runs tasks for the same key one after another (in this process only): two
 * recalculations of one hub never interleave their reads and writes.
 * @module
 */
export class KeyedLock {
  private readonly tails = new Map<string, Promise<unknown>>();

  /** Waits for every earlier task on `key`, then runs `task`. */
  async run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const mine = previous.then(task, task);
    const tail = mine.catch(() => undefined);
    this.tails.set(key, tail);
    try {
      return await mine;
    } finally {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }

  /** Whether a task for `key` is running or waiting. */
  busy(key: string): boolean {
    return this.tails.has(key);
  }
}
