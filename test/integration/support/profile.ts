// The extension's own time on the extension host's thread, from a CPU profile of that thread:
// what a timer's lateness cannot tell apart from VS Code's work and the garbage collector's.
import type * as Inspector from 'node:inspector';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly url: string };
  readonly children?: readonly number[];
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  /** Microseconds from one sample to the next. */
  readonly timeDeltas: readonly number[];
}

/** The longest stretch of the thread's time spent in our bundle, without a break, in ms. */
export interface OurTime {
  readonly longestMs: number;
  readonly totalMs: number;
}

/**
 * Starts profiling the host's thread, where Node's inspector is at hand (the Node extension host;
 * not the web worker host, which resolves to undefined). The function returned stops, and tells
 * how long code from `bundle` (a path ending, e.g. `/dist/extension.js`) ran at a stretch.
 */
export async function profileOurCode(bundle: string): Promise<(() => Promise<OurTime>) | undefined> {
  const host = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const inspector = host?.getBuiltinModule?.('node:inspector') as typeof Inspector | undefined;
  if (!inspector) return undefined;
  const session = new inspector.Session();
  session.connect();
  const post = <T>(method: string, params: object = {}) => new Promise<T>((resolve, reject) => {
    session.post(method, params, (error, result) => (error ? reject(error) : resolve(result as T)));
  });
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 500 });
  await post('Profiler.start');
  return async () => {
    const { profile } = await post<{ profile: CpuProfile }>('Profiler.stop');
    session.disconnect();
    return timeIn(profile, bundle);
  };
}

function timeIn(profile: CpuProfile, bundle: string): OurTime {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    let known = ours.get(id);
    if (known === undefined) {
      const up = parent.get(id);
      known = !!byId.get(id)?.callFrame.url.endsWith(bundle) || (up !== undefined && isOurs(up));
      ours.set(id, known);
    }
    return known;
  };
  let longest = 0;
  let total = 0;
  let stretch = 0;
  profile.samples.forEach((sample, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    if (isOurs(sample)) {
      stretch += ms;
      total += ms;
      longest = Math.max(longest, stretch);
    } else {
      stretch = 0;
    }
  });
  return { longestMs: longest, totalMs: total };
}
