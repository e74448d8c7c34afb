/**
 * Seeded randomness for the machines: the same seed always gives the same shuffle and the same draw,
 * so a student who reloads sees what they saw before. Not for anything secret.
 */

/** A 32-bit hash of a string (cyrb-style mixing of FNV-1a), the seed of `randomFrom`. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

/** mulberry32: a small, fast PRNG giving numbers in [0, 1) from a 32-bit state. */
export function mulberry32(state: number): () => number {
  let a = state >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A PRNG seeded by a string. */
export function randomFrom(seed: string): () => number {
  return mulberry32(hashString(seed));
}

/** A copy of `items` in a random order decided by `seed` (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], seed: string): T[] {
  const random = randomFrom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * Like `shuffled`, but never the order given when there are two or more items (for questions whose
 * answer is that order): an unlucky shuffle is turned by one place, which always moves every item.
 */
export function shuffledAway<T>(items: readonly T[], seed: string): T[] {
  const out = shuffled(items, seed);
  if (out.length >= 2 && out.every((item, i) => item === items[i])) out.push(out.shift()!);
  return out;
}

/** `count` of `items` picked by `seed`, in their original order (all of them when `count` ≥ their number). */
export function draw<T>(items: readonly T[], count: number, seed: string): T[] {
  const n = Math.max(0, Math.min(items.length, Math.floor(count)));
  const picked = new Set(shuffled(items.map((_, i) => i), seed).slice(0, n));
  return items.filter((_, i) => picked.has(i));
}

/** A fresh random seed (14 base-36 characters, no dot) from the platform's random source. */
export function newSeed(): string {
  return Array.from(crypto.getRandomValues(new Uint32Array(2)), (n) => n.toString(36).padStart(7, '0')).join('');
}

/**
 * The seed of the next attempt after `seed`: `x` → `x.2` → `x.3` …, so starting again gives a new
 * order and draw while the machine stays pure.
 */
export function nextSeed(seed: string): string {
  const m = /^(.*)\.(\d+)$/.exec(seed);
  return m ? `${m[1]}.${Number(m[2]) + 1}` : `${seed}.2`;
}
