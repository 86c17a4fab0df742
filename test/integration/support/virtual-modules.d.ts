// Modules that exist only inside the esbuild bundles (see scripts/build-tests.mjs).

/** Generated: requires every test/integration/**\/*.test.ts, in path order. */
declare module 'smm:integration-tests' {}

/** mocha's browser build; importing it defines the global `mocha`. */
declare module 'mocha/mocha' {}
