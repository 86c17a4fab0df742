// Tiny argument parsing shared by the runners: `--grep <re>`, `--help`, and the boolean
// `--<flag>`s a runner accepts (`flags`), each true when given.
export function parseArgs(argv, usage, flags = []) {
  const args = { grep: process.env.SMM_TEST_GREP || undefined };
  for (const flag of flags) args[flag] = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--') && flags.includes(a.slice(2))) {
      args[a.slice(2)] = true;
    } else if (a === '--grep' || a === '-g') {
      args.grep = argv[++i];
    } else if (a.startsWith('--grep=')) {
      args.grep = a.slice('--grep='.length);
    } else if (a === '--help' || a === '-h') {
      console.log(usage);
      process.exit(0);
    } else {
      console.error(`unknown argument: ${a}\n\n${usage}`);
      process.exit(2);
    }
  }
  return args;
}
