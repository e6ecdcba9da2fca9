/**
 * The worker threads run at a lower scheduling priority than the main
 * thread, so that on a machine whose cores are all busy assessing, the main
 * thread (health, uploads, answers) still runs when it has work. Linux only
 * (a thread's id is read from /proc/thread-self); elsewhere nothing changes.
 * @module
 */
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/** Nice value of the pool's worker threads (0 normal, 19 lowest). */
export const WORKER_NICE = 10;

/** @returns true when the calling thread's priority was lowered to `nice` */
export function lowerThreadPriority(nice: number = WORKER_NICE): boolean {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isSafeInteger(tid) || tid <= 0) return false;
    setPriority(tid, nice);
    return true;
  } catch {
    return false;
  }
}
