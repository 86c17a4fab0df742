/**
 * Naming a new strategy file after its brand: a name that is safe on every file system and reads
 * like the brand (`Nush Coffee` → `nush-coffee.smm.yaml`, `Կումայրի` → `կումայրի.smm.yaml`).
 */

/** The longest brand name a new strategy accepts, in characters. */
export const MAX_BRAND_LENGTH = 100;

/** The longest file name stem, in characters, so that paths stay short. */
const MAX_STEM_LENGTH = 60;

/** Names Windows keeps for devices, whatever the extension (`con.smm.yaml` cannot be created). */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/;

/**
 * Why `text` cannot be a brand name, or undefined when it can: blank, longer than
 * {@link MAX_BRAND_LENGTH}, or holding control characters (line breaks, tabs…).
 */
export function brandNameProblem(text: string): 'empty' | 'tooLong' | 'control' | undefined {
  const name = text.trim();
  if (name === '') return 'empty';
  if ([...name].length > MAX_BRAND_LENGTH) return 'tooLong';
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  if (/[\u0000-\u001F\u007F-\u009F]/.test(name)) return 'control';
  return undefined;
}

/**
 * The file name of a new strategy for `brand`: lower case, letters and digits of any script kept,
 * every other run of characters a single `-`, at most 60 characters, never a device name of
 * Windows; `strategy` when nothing is left.
 * @example strategyFileName('Nush Coffee & Co.') // 'nush-coffee-co.smm.yaml'
 */
export function strategyFileName(brand: string, suffix = ''): string {
  const words = brand.normalize('NFC').toLowerCase().split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean);
  let stem = '';
  for (const word of words) {
    const next = stem ? `${stem}-${word}` : word;
    if ([...next].length > MAX_STEM_LENGTH) {
      if (!stem) stem = [...word].slice(0, MAX_STEM_LENGTH).join('');
      break;
    }
    stem = next;
  }
  if (!stem) stem = 'strategy';
  if (RESERVED.test(stem)) stem += '-strategy';
  return `${stem}${suffix}.smm.yaml`;
}
