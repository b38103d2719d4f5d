import { defineConfig } from "vitest/config";

// One file at a time: the registry test installs from a real npm registry and runs Terraform, the
// shape test packs every package; on two cores running both at once only skews both.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 900_000,
  },
});
