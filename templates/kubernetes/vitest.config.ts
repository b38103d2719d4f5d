import { defineConfig } from "vitest/config";

// Tests synthesize the whole template in-process (cdktf + the kubernetes bindings) and run the real
// terraform binary on its variable blocks, which takes a few seconds on a busy machine.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
