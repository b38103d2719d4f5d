import { defineConfig } from "vitest/config";

// The fresh-clone test clones, installs, builds and benches the whole repository: one long
// beforeAll (its commands have their own timeouts), then quick checks of what they left.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 80 * 60_000,
  },
});
