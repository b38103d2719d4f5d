#!/usr/bin/env node
// npm create @codex-coder/templates <directory> -- [options]: see USAGE in options.ts.
import { relative } from "node:path";
import { USAGE, UsageError, parseStarterArgs } from "./options.js";
import { writeStarter } from "./write.js";

try {
  const options = parseStarterArgs(process.argv.slice(2), process.cwd());
  if (options === "help") {
    process.stdout.write(USAGE);
  } else {
    const written = writeStarter(options);
    const where = relative(process.cwd(), options.directory) || ".";
    process.stdout.write(
      [
        `Wrote ${written.length} files to ${where}: template ${options.templateName} (${options.kind}, auth ${options.auth}).`,
        "",
        "Next:",
        `  cd ${where}`,
        "  npm install && npm run build",
        "  npm test",
        "",
      ].join("\n"),
    );
  }
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  process.stderr.write(`Error: ${error.message}\n\n${USAGE}`);
  process.exitCode = 2;
}
