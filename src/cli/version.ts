import { version } from '../../package.json';

/** The tool's version, from package.json (esbuild inlines just this field). */
export const VERSION: string = version;
