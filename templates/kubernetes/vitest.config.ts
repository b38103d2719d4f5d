import { defineConfig } from "vitest/config";

// Tests synthesize the whole template in-process (cdktf + the kubernetes bindings) and run real
// terraform with the real coder and kubernetes providers on the built template; each plan takes a
// few seconds on a busy machine.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
