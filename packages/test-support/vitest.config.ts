import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // terraform init/plan against the local mirror take a few seconds each.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
