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
 * (`instagarm` → `instagram`), a known alias (`twitter` → `x`), or the one candidate whose words
 * the value contains (`brand_awareness` → `awareness`, `Telegram channel` → `telegram`). Case,
 * and `-`/space vs `_`, are ignored.
 */
export function nearest(value: string, candidates: readonly string[]): string | undefined {
  const wanted = normalise(value);
  const alias = ALIASES[wanted];
  if (alias && candidates.includes(alias)) return alias;
  const exact = candidates.find((c) => normalise(c) === wanted);
  if (exact) return exact;
  const max = Math.max(1, Math.min(3, Math.floor(wanted.length / 3)));
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const candidate of candidates) {
    const d = editDistance(wanted, normalise(candidate), bestDistance);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best ?? byWords(wanted, candidates);
}

/** How values are compared: `Customer care`, `customer-care` and `customer_care` are one. */
export function normalise(s: string): string {
  return s.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

/**
 * The candidate whose words all appear, in order and side by side, among the words of `wanted`
 * (a word of four letters or more may differ by one: `lead` for `leads`). The candidate matching
 * the most words wins; a tie (`awareness_and_sales`) is no answer.
 */
function byWords(wanted: string, candidates: readonly string[]): string | undefined {
  const words = wanted.split('_').filter(Boolean);
  if (words.length < 2) return undefined;
  let best: string | undefined;
  let bestLength = 0;
  let tie = false;
  for (const candidate of candidates) {
    const own = normalise(candidate).split('_').filter(Boolean);
    if (own.length === 0 || !containsRun(words, own)) continue;
    if (own.length > bestLength) [best, bestLength, tie] = [candidate, own.length, false];
    else if (own.length === bestLength) tie = true;
  }
  return tie ? undefined : best;
}

function containsRun(words: readonly string[], run: readonly string[]): boolean {
  const same = (a: string, b: string) => a === b || (Math.min(a.length, b.length) >= 4 && editDistance(a, b, 1) <= 1);
  for (let i = 0; i + run.length <= words.length; i++) if (run.every((w, j) => same(words[i + j]!, w))) return true;
  return false;
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
