// A small, browser-safe stand-in for node:assert, used only by the web-worker test bundle
// (dist/test/web/index.js): the web extension host has no Node built-ins, so scripts/build-tests.mjs
// aliases `assert`, `node:assert` and `assert/strict` to this module there. The Node bundle uses the
// real node:assert. Only the strict forms are provided (equal = strictEqual, as in assert/strict),
// so a test behaves the same in both hosts.

export class AssertionError extends Error {
  override name = 'AssertionError';
  constructor(message: string, readonly actual?: unknown, readonly expected?: unknown) {
    super(message);
  }
}

function show(value: unknown): string {
  try {
    const json = JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));
    return json === undefined ? String(value) : json;
  } catch {
    return String(value);
  }
}

function failWith(message: string | Error | undefined, fallback: string, actual?: unknown, expected?: unknown): never {
  if (message instanceof Error) {
    throw message;
  }
  throw new AssertionError(message ?? fallback, actual, expected);
}

/** Structural equality with the semantics of node's isDeepStrictEqual for plain data (Object.is on leaves). */
function deepEqual(a: unknown, b: unknown, seen = new Map<object, object>()): boolean {
  if (Object.is(a, b)) {
    return true;
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return false;
  }
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) {
    return false;
  }
  // Cycles: assume equal on re-entry (what node does, roughly).
  if (seen.get(a) === b) {
    return true;
  }
  seen.set(a, b);
  if (a instanceof Date && b instanceof Date) {
    return a.getTime() === b.getTime();
  }
  if (a instanceof RegExp && b instanceof RegExp) {
    return String(a) === String(b);
  }
  if (a instanceof Map && b instanceof Map) {
    if (a.size !== b.size) {
      return false;
    }
    for (const [k, v] of a) {
      if (!b.has(k) || !deepEqual(v, b.get(k), seen)) {
        return false;
      }
    }
    return true;
  }
  if (a instanceof Set && b instanceof Set) {
    return a.size === b.size && [...a].every((v) => b.has(v));
  }
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) {
    return false;
  }
  return keysA.every(
    (k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], seen),
  );
}

export function ok(value: unknown, message?: string | Error): asserts value {
  if (!value) {
    failWith(message, `Expected a truthy value, got ${show(value)}`, value, true);
  }
}

export function fail(message: string | Error = 'Failed'): never {
  return failWith(message, 'Failed');
}

export function strictEqual<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T {
  if (!Object.is(actual, expected)) {
    failWith(message, `Expected values to be strictly equal:\n  actual:   ${show(actual)}\n  expected: ${show(expected)}`, actual, expected);
  }
}

export function notStrictEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (Object.is(actual, expected)) {
    failWith(message, `Expected values to differ, both are ${show(actual)}`, actual, expected);
  }
}

export function deepStrictEqual<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T {
  if (!deepEqual(actual, expected)) {
    failWith(message, `Expected values to be deep-strict-equal:\n  actual:   ${show(actual)}\n  expected: ${show(expected)}`, actual, expected);
  }
}

export function notDeepStrictEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (deepEqual(actual, expected)) {
    failWith(message, `Expected values not to be deep-strict-equal: ${show(actual)}`, actual, expected);
  }
}

export function match(value: string, regexp: RegExp, message?: string | Error): void {
  if (!regexp.test(value)) {
    failWith(message, `Expected ${show(value)} to match ${String(regexp)}`, value, regexp);
  }
}

export function doesNotMatch(value: string, regexp: RegExp, message?: string | Error): void {
  if (regexp.test(value)) {
    failWith(message, `Expected ${show(value)} not to match ${String(regexp)}`, value, regexp);
  }
}

type ErrorCheck = RegExp | ((err: unknown) => boolean) | (new (...args: never[]) => unknown);

function checkError(err: unknown, expected: ErrorCheck | undefined, message?: string | Error): void {
  if (expected === undefined) {
    return;
  }
  if (expected instanceof RegExp) {
    match(err instanceof Error ? err.message : String(err), expected, message);
  } else if (expected.prototype !== undefined && err instanceof (expected as new (...args: never[]) => unknown)) {
    return;
  } else if (!(expected as (err: unknown) => boolean)(err)) {
    failWith(message, `The thrown error did not pass the check: ${show(err instanceof Error ? err.message : err)}`);
  }
}

export function throws(fn: () => unknown, expected?: ErrorCheck, message?: string | Error): void {
  try {
    fn();
  } catch (err) {
    checkError(err, expected, message);
    return;
  }
  failWith(message, 'Missing expected exception.');
}

export async function rejects(promiseOrFn: Promise<unknown> | (() => Promise<unknown>), expected?: ErrorCheck, message?: string | Error): Promise<void> {
  try {
    await (typeof promiseOrFn === 'function' ? promiseOrFn() : promiseOrFn);
  } catch (err) {
    checkError(err, expected, message);
    return;
  }
  failWith(message, 'Missing expected rejection.');
}

// `import assert from 'assert'` / `assert(x)` / `assert.strict.equal(...)` keep working too.
const api = {
  AssertionError, ok, fail, strictEqual, notStrictEqual, deepStrictEqual, notDeepStrictEqual,
  match, doesNotMatch, throws, rejects,
  equal: strictEqual, notEqual: notStrictEqual, deepEqual: deepStrictEqual, notDeepEqual: notDeepStrictEqual,
};
type Assert = typeof ok & typeof api & { strict: Assert };
const assert = Object.assign((value: unknown, message?: string | Error) => ok(value, message), api) as Assert;
assert.strict = assert;

export const equal = strictEqual;
export const notEqual = notStrictEqual;
export { deepStrictEqual as deepEqual, notDeepStrictEqual as notDeepEqual };
export { assert as strict };
// node:assert's shape: `import assert from 'assert'` must keep working in the web bundle.
// eslint-disable-next-line no-restricted-syntax
export default assert;
