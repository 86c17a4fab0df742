import { strict as assert } from 'node:assert';
import type { ErrorObject } from 'ajv';
import { reduceNoise } from '../../../src/core/schema/validate';

function error(keyword: string, instancePath: string, params: Record<string, unknown> = {}): ErrorObject {
  return { keyword, instancePath, schemaPath: `#/${keyword}`, params };
}

describe('schema error noise reduction', () => {
  it('drops a summary covered by a deeper error, an enum rival and merges type alternatives', () => {
    const reduced = reduceNoise([
      error('anyOf', '/goals/0/kpis/0/metric'),
      error('enum', '/goals/0/kpis/0/metric', { allowedValues: ['reach'] }),
      error('pattern', '/goals/0/kpis/0/metric', { pattern: '^custom:' }),
      error('anyOf', '/goals/0'),
      error('anyOf', '/goal'),
      error('type', '/period', { type: 'object' }),
      error('type', '/period', { type: 'null' }),
    ]);
    assert.deepEqual(reduced.map((e) => [e.keyword, e.instancePath, e.params]), [
      ['enum', '/goals/0/kpis/0/metric', { allowedValues: ['reach'] }],
      ['anyOf', '/goal', {}],
      ['type', '/period', { type: 'object,null' }],
    ]);
  });

  it('reads each error a bounded number of times, however many there are', () => {
    const errors: ErrorObject[] = [];
    for (let i = 0; i < 20_000; i++) errors.push(i % 2 ? error('type', `/goals/${i}/title`, { type: 'string' }) : error('anyOf', `/goals/${i}`));
    let reads = 0;
    const counted = new Proxy(errors, {
      get(target, property, receiver) {
        if (typeof property === 'string' && /^\d+$/.test(property)) reads++;
        return Reflect.get(target, property, receiver);
      },
    });
    const reduced = reduceNoise(counted);
    assert.equal(reduced.length, 20_000);
    assert.ok(reads <= 4 * errors.length, `${reads} reads of ${errors.length} errors`);
  });
});
