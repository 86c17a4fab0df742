/** Levenshtein distance over UTF-16 units, with an early exit once it exceeds `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length] ?? max + 1;
}

/** Well-known old or colloquial names that edit distance cannot find. */
const ALIASES: Readonly<Record<string, string>> = {
  twitter: 'x', ig: 'instagram', insta: 'instagram', fb: 'facebook', yt: 'youtube', tg: 'telegram', ok: 'odnoklassniki',
  vkontakte: 'vk', gmb: 'google_business_profile', google_my_business: 'google_business_profile',
};

/**
 * The candidate closest to `value`, if it is close enough to be a plausible typo
 * (`instagarm` → `instagram`), or a known alias (`twitter` → `x`). Case and `-`/space vs `_` are ignored.
 */
export function nearest(value: string, candidates: readonly string[]): string | undefined {
  const norm = (s: string) => s.trim().toLowerCase().replace(/[\s-]+/g, '_');
  const wanted = norm(value);
  const alias = ALIASES[wanted];
  if (alias && candidates.includes(alias)) return alias;
  const exact = candidates.find((c) => norm(c) === wanted);
  if (exact) return exact;
  const max = Math.max(1, Math.min(3, Math.floor(wanted.length / 3)));
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const candidate of candidates) {
    const d = editDistance(wanted, norm(candidate), bestDistance);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

/** Turns free text into a kebab-case id (`Young Parents` → `young-parents`); undefined if nothing Latin remains. */
export function toKebabId(text: string): string | undefined {
  const id = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+/, '')
    .replace(/-+$/, '');
  return id === '' ? undefined : id;
}
