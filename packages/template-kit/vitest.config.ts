import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // cdktf's Testing.setupJest() needs a global `expect`.
    globals: true,
    setupFiles: ["./test/setup.ts"],
  },
});
