import { main } from './main.js';

// A reader that stops early (`rolematrix list | head -3`) closes the pipe: that ends the output, not the program
// with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

process.exitCode = await main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stdoutBytes: (bytes) => process.stdout.write(bytes),
  stderr: (s) => process.stderr.write(s),
  env: process.env,
  // Text tables fit the terminal they are shown in (--width overrides); piped output keeps the default width.
  columns: process.stdout.isTTY ? process.stdout.columns : undefined,
  stderrIsTTY: process.stderr.isTTY === true,
});
