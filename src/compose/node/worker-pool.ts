/**
 * A fixed pool of worker threads, one job at a time each, with a bounded
 * queue and a time budget per job: a full queue answers `busy` at once, a
 * job over budget has its worker terminated (and replaced) and answers
 * `over_budget`. Expensive work never blocks the main thread.
 *
 * A caller may first `reserve` a place: it waits, for a bounded time, until
 * the queue has room, and the place is kept for it until it runs its job or
 * cancels. The Node server reserves before reading a request's body, so a
 * waiting request costs nothing but its connection. A freed place goes to
 * the caller that came last (the adaptive-LIFO rule of overload control):
 * under overload the requests served are served while they are fresh, and
 * the oldest give up after their wait, instead of every request waiting
 * the whole bound before it is served.
 * @module
 */
import { Worker } from 'node:worker_threads';

export interface PoolOptions<Job> {
  /** Workers (default: the cores). */
  size: number;
  /** Jobs waiting for a worker beyond those running; more are refused as busy. */
  queue: number;
  /** Milliseconds a job may take from the moment a worker starts it. */
  budgetMs: number;
  /** The worker's module (a .ts module is loaded through tsx). */
  script: URL;
  workerData?: unknown;
  /** Objects to transfer rather than copy (e.g. a body's ArrayBuffer). */
  transfer?: (job: Job) => ArrayBuffer[];
}

/** A place in the queue, kept until `run` or `cancel` (whichever comes first; the other does nothing). */
export interface Reservation<Job, Reply> {
  run(job: Job): Promise<PoolAnswer<Reply>>;
  cancel(): void;
}

/** Callers that may wait in line for a place at once; more are refused at once. */
export const MAX_WAITING_CALLERS = 256;

interface Holder<Job, Reply> {
  admit: (place: Reservation<Job, Reply> | undefined) => void;
  timer: ReturnType<typeof setTimeout>;
}

export type PoolAnswer<Reply> =
  | { ok: true; reply: Reply }
  | { ok: false; why: 'busy' | 'over_budget' | 'worker_failed' };

/** What a worker posts once, when it can take jobs. */
export const READY = 'ready';

interface Pending<Job, Reply> {
  job: Job;
  done: (answer: PoolAnswer<Reply>) => void;
}

interface Slot<Job, Reply> {
  worker: Worker;
  /** The worker said it is ready: its start-up never counts against a job's budget. */
  ready: boolean;
  current?: Pending<Job, Reply> & { timer: ReturnType<typeof setTimeout> };
}

const idle = (slot: { ready: boolean; current?: unknown }) => slot.ready && !slot.current;

export class WorkerPool<Job, Reply> {
  private readonly slots: Slot<Job, Reply>[] = [];
  private readonly waiting: Pending<Job, Reply>[] = [];
  private readonly holders: Holder<Job, Reply>[] = [];
  /** Places handed out by `reserve` and not yet used or cancelled. */
  private reserved = 0;
  private closed = false;
  private announce?: () => void;
  /** Settles once every first worker is ready. */
  readonly ready: Promise<void>;

  constructor(private readonly options: PoolOptions<Job>) {
    this.ready = new Promise((ok) => (this.announce = ok));
    for (let i = 0; i < Math.max(1, options.size); i++) this.slots.push(this.spawn());
  }

  /** Jobs running and waiting now. */
  get load(): { running: number; waiting: number } {
    return { running: this.slots.filter((s) => s.current).length, waiting: this.waiting.length };
  }

  /** No room for a new job (workers, queue and reserved places all taken), or callers already waiting for it. */
  get saturated(): boolean {
    return this.room() <= 0 || this.holders.length > 0;
  }

  run(job: Job): Promise<PoolAnswer<Reply>> {
    if (this.room() <= 0) return Promise.resolve({ ok: false, why: 'busy' });
    return this.enqueue(job);
  }

  /**
   * A place for one job, at once when there is room and nobody waits, else
   * when one frees up and the caller is the latest still waiting.
   * @returns undefined after `waitMs`, or at once when too many callers wait already
   */
  reserve(waitMs: number): Promise<Reservation<Job, Reply> | undefined> {
    if (this.closed) return Promise.resolve(undefined);
    if (!this.saturated) return Promise.resolve(this.place());
    if (waitMs <= 0 || this.holders.length >= MAX_WAITING_CALLERS)
      return Promise.resolve(undefined);
    return new Promise((admit) => {
      const holder: Holder<Job, Reply> = {
        admit,
        timer: setTimeout(() => {
          this.holders.splice(this.holders.indexOf(holder), 1);
          admit(undefined);
        }, waitMs),
      };
      this.holders.push(holder);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const h of this.holders.splice(0)) {
      clearTimeout(h.timer);
      h.admit(undefined);
    }
    for (const p of this.waiting.splice(0)) p.done({ ok: false, why: 'worker_failed' });
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  /** Free workers plus free queue places, less the places reserved. */
  private room(): number {
    const free = this.slots.filter(idle).length;
    return free + this.options.queue - this.waiting.length - this.reserved;
  }

  private enqueue(job: Job): Promise<PoolAnswer<Reply>> {
    return new Promise((done) => {
      if (this.closed) return done({ ok: false, why: 'worker_failed' });
      const free = this.slots.find(idle);
      if (free) return this.start(free, { job, done });
      this.waiting.push({ job, done });
    });
  }

  private place(): Reservation<Job, Reply> {
    this.reserved++;
    let open = true;
    const release = () => {
      if (!open) return false;
      open = false;
      this.reserved--;
      return true;
    };
    return {
      run: (job) =>
        release() ? this.enqueue(job) : Promise.resolve({ ok: false, why: 'worker_failed' }),
      cancel: () => {
        if (release()) this.admit();
      },
    };
  }

  /** Hands the places that freed up to the callers that came last. */
  private admit(): void {
    while (this.holders.length > 0 && this.room() > 0) {
      const holder = this.holders.pop()!;
      clearTimeout(holder.timer);
      holder.admit(this.place());
    }
  }

  private spawn(): Slot<Job, Reply> {
    const slot: Slot<Job, Reply> = {
      worker: startWorker(this.options.script, this.options.workerData),
      ready: false,
    };
    slot.worker.on('message', (message: Reply | typeof READY) => {
      if (message !== READY) return this.finish(slot, { ok: true, reply: message });
      slot.ready = true;
      if (this.slots.every((s) => s.ready)) this.announce?.();
      this.next(slot);
    });
    slot.worker.on('error', () => this.replace(slot, 'worker_failed'));
    return slot;
  }

  private start(slot: Slot<Job, Reply>, pending: Pending<Job, Reply>): void {
    const timer = setTimeout(() => this.replace(slot, 'over_budget'), this.options.budgetMs);
    slot.current = { ...pending, timer };
    slot.worker.postMessage(pending.job, this.options.transfer?.(pending.job) ?? []);
  }

  private finish(slot: Slot<Job, Reply>, answer: PoolAnswer<Reply>): void {
    const current = slot.current;
    if (!current) return;
    clearTimeout(current.timer);
    slot.current = undefined;
    current.done(answer);
    this.next(slot);
  }

  /** A runaway or crashed worker is terminated and a fresh one takes its place. */
  private replace(slot: Slot<Job, Reply>, why: 'over_budget' | 'worker_failed'): void {
    const current = slot.current;
    slot.current = undefined;
    slot.ready = false;
    if (current) {
      clearTimeout(current.timer);
      current.done({ ok: false, why });
    }
    void slot.worker.terminate();
    if (this.closed) return;
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots[index] = this.spawn();
  }

  private next(slot: Slot<Job, Reply>): void {
    if (!idle(slot)) return;
    const pending = this.waiting.shift();
    if (pending) this.start(slot, pending);
    this.admit();
  }
}

/**
 * V8's semi-space of each worker, in MB. One assessment of the bundled example
 * allocates tens of MB that die young; with V8's default 16 MB semi-space they
 * survive two scavenges and get promoted, and the old-space collections that
 * follow cost 10-20 ms per request (`npm run bench -- assess-cpu` measures
 * with the same value). V8's young generation is three semi-spaces.
 */
export const WORKER_SEMI_SPACE_MB = 64;
const resourceLimits = { maxYoungGenerationSizeMb: 3 * WORKER_SEMI_SPACE_MB };

/** A worker on the module; under tsx (a .ts module) the worker registers tsx first. */
function startWorker(script: URL, workerData: unknown): Worker {
  if (!script.pathname.endsWith('.ts')) return new Worker(script, { workerData, resourceLimits });
  const code = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(script.href)}); });`;
  return new Worker(code, { eval: true, workerData, resourceLimits });
}
