/**
 * mulberry32 (Tommy Ettinger, public domain): a 32-bit seeded generator.
 * Integer arithmetic only (Math.imul, >>>), so a seed gives the same stream
 * on every JavaScript runtime.
 * @module
 */

/**
 * @param seed - any number; its low 32 bits are used
 * @returns a function returning the next uniform draw in [0, 1)
 * @example const rand = mulberry32(42); rand(); // => 0.6011037519201636
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
