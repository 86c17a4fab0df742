// Tiny argument parsing shared by the runners: `--grep <re>` and `--help`.
export function parseArgs(argv, usage) {
  const args = { grep: process.env.SMM_TEST_GREP || undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--grep' || a === '-g') {
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
