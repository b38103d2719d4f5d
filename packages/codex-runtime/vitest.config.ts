import { defineConfig } from "vitest/config";

// Shared by every test in this package. Some tests run the real Codex CLI and esbuild, hence the
// generous timeouts.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
