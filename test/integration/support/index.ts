// One import for test files: `import { openExample, waitForDiagnostics } from './support';`
export * from './diagnostics';
export * from './wait';
export * from './workspace';
export * from './strategies';
export * from './profile';
