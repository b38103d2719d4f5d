import { defineConfig } from "vitest/config";

// One test file at a time: tasks-docker's AgentAPI owns port 3284, and on two cores running both
// files at once takes as long while skewing the timings the tests print. Single tests install
// Codex, run Terraform plans and wait for Codex, hence the long timeouts.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 600_000,
  },
});
