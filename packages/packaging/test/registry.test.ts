// The published packages as a platform team gets them. A real npm registry (verdaccio on
// 127.0.0.1) receives every public package through the repository's own release command
// (`changeset publish`). Then, in a scratch folder outside the repository, with an empty npm cache
// and that registry as the only source of @codex-coder packages:
// - `npm create @codex-coder/templates` runs the starter from the registry, once per template kind
//   (docker, kubernetes); each repository is installed, built, tested with its own `npm test` and
//   planned;
// - a hand-written consumer (a fresh package.json with only published packages, the template from
//   the root README, each package README's first example) is installed, compiled, run and planned.
// Terraform and the coder/docker/kubernetes providers are real (the test mirror from `npm run setup:tools`);
// the Coder server is emulated (its provisioner environment). Everything else is real.
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { homedir, tmpdir } from "node:os";
import path from "node:path";
import {
  coderImportChecks,
  coderScripts,
  createProvisioner,
  loadToolchain,
  machineNpmEnv,
  resources,
  terraformBaseEnvironment,
  type Toolchain,
} from "@codex-coder/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  TOOLKIT_PACKAGES as STARTER_DEPENDENCIES,
  type AuthSource,
  type TemplateKind,
} from "@codex-coder/create-templates";
import { startRegistry, type TestRegistry } from "./registry.js";
import { REPO_ROOT, publicPackages } from "./workspace-packages.js";

const PUBLIC = publicPackages();
const VERSION = PUBLIC[0]?.json.version ?? "";
const CANARY = "canary-key-registry-test-0123456789abcdef";

let registry: TestRegistry;
let scratch: string;
let toolchain: Toolchain;
let npmEnv: NodeJS.ProcessEnv;

/** Runs a command; throws with its output when it fails. */
function run(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = npmEnv,
): SpawnSyncReturns<string> {
  const res = spawnSync(command, args, {
    cwd,
    env,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 64 * 1024 * 1024,
    timeout: 600_000,
  });
  if (res.status !== 0) {
    throw new Error(
      `${command} ${args.join(" ")} (in ${cwd}) exited ${res.status ?? res.signal}:\n${res.stdout}\n${res.stderr}\n${res.error?.message ?? ""}`,
    );
  }
  return res;
}

/** The machine's registry for everything that is not @codex-coder (read outside any workspace). */
function machineRegistry(): string {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith("npm_")),
  );
  return spawnSync("npm", ["config", "get", "registry"], {
    cwd: homedir(),
    env: clean,
    encoding: "utf8",
  }).stdout.trim();
}

/** The fenced blocks of a Markdown text, with their info strings. */
function fencedBlocks(markdown: string): { lang: string; body: string }[] {
  return [...markdown.matchAll(/^```(\S*)\n([\s\S]*?)^```$/gm)].map((m) => ({
    lang: m[1] ?? "",
    body: m[2] ?? "",
  }));
}

/** The blocks of the root README's section `heading` (up to the next heading of any level). */
function readmeSection(heading: string): { lang: string; body: string }[] {
  const readme = readFileSync(path.join(REPO_ROOT, "README.md"), "utf8");
  const start = readme.indexOf(`\n${heading}\n`);
  if (start === -1) throw new Error(`README.md has no section ${heading}`);
  const rest = readme.slice(start + heading.length + 2);
  const end = rest.search(/^#{1,6} /m);
  return fencedBlocks(end === -1 ? rest : rest.slice(0, end));
}

/**
 * Every `@codex-coder` package in a lock file came from the test registry, as a real tarball, and
 * `expected` are among them.
 */
function expectFromRegistry(projectDir: string, expected: readonly string[]): void {
  const lock = JSON.parse(readFileSync(path.join(projectDir, "package-lock.json"), "utf8")) as {
    packages: Record<string, { resolved?: string; link?: boolean }>;
  };
  const ours = Object.entries(lock.packages).filter(([key]) =>
    key.startsWith("node_modules/@codex-coder/"),
  );
  expect(ours.map(([key]) => key.slice("node_modules/".length)).sort()).toEqual(
    expect.arrayContaining([...expected]),
  );
  for (const [key, entry] of ours) {
    expect(entry.link, key).toBeUndefined();
    expect(entry.resolved, key).toMatch(new RegExp(`^${registry.url}@codex-coder/`));
    expect(lstatSync(path.join(projectDir, key)).isSymbolicLink(), key).toBe(false);
  }
}

/** The built main.tf asks for provider ranges, never an exact `=` pin. */
function expectProviderRanges(templateDir: string, expected: readonly string[]): void {
  const mainTf = readFileSync(path.join(templateDir, "main.tf"), "utf8");
  const versions = [...mainTf.matchAll(/^\s*version\s*=\s*"([^"]*)"/gm)].map((m) => m[1]);
  expect(versions).toEqual(expected);
  for (const version of versions) expect(version).not.toMatch(/^\s*=/);
}

/** What a start build of each kind of template creates, by resource type. */
const STARTED: Readonly<Record<TemplateKind, Readonly<Record<string, number>>>> = {
  docker: { docker_container: 1 },
  kubernetes: { kubernetes_deployment_v1: 1, kubernetes_persistent_volume_claim_v1: 1 },
};

/** The provider constraints each kind of template's main.tf has: coder, then the workspace's. */
const RANGES: Readonly<Record<TemplateKind, readonly string[]>> = {
  docker: ["~> 2.18", "~> 4.6"],
  kubernetes: ["~> 2.18", ">= 2.7.0, < 4.0.0"],
};

/** init + validate (in createProvisioner), then an import plan and a start build plan. */
async function expectPlans(
  templateDir: string,
  variables: Record<string, string>,
  kind: TemplateKind = "docker",
): Promise<void> {
  const tf = await createProvisioner(templateDir, { toolchain });
  try {
    expect(tf.validation?.valid).toBe(true);
    const imported = await tf.planImport({ variables });
    expect(coderImportChecks(imported)).toEqual([]);
    const build = await tf.planBuild({ variables });
    for (const [type, count] of Object.entries(STARTED[kind])) {
      expect(resources(build, type), type).toHaveLength(count);
    }
    expect(coderScripts(build).map((s) => s.displayName).length).toBeGreaterThan(0);
  } finally {
    await tf.dispose();
  }
}

beforeAll(async () => {
  toolchain = loadToolchain();
  // Outside the repository (also when the repository itself is a CI clone under the temp dir).
  scratch = mkdtempSync(path.join(tmpdir(), "codex-coder-registry-"));
  registry = await startRegistry(path.join(scratch, "verdaccio"));
  const host = new URL(registry.url).host;
  const npmrc = path.join(scratch, "npmrc");
  writeFileSync(
    npmrc,
    [
      `registry=${machineRegistry()}`,
      `@codex-coder:registry=${registry.url}`,
      `//${host}/:_authToken=${registry.token}`,
      "fund=false",
      "audit=false",
      "update-notifier=false",
      "",
    ].join("\n"),
    { mode: 0o600 },
  );
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith("npm_")),
  );
  const machine = machineNpmEnv();
  npmEnv = {
    ...base,
    ...(machine["npm_config_cafile"] ? { npm_config_cafile: machine["npm_config_cafile"] } : {}),
    npm_config_userconfig: npmrc,
    // An empty cache: nothing installed below can come from an earlier install on this machine.
    npm_config_cache: path.join(scratch, "npm-cache"),
  };
  // The repository's release command, publishing half (versions come from package.json as built).
  run("npx", ["--no-install", "changeset", "publish", "--no-git-tag"], REPO_ROOT);
}, 900_000);

afterAll(async () => {
  await registry?.stop();
  if (scratch !== undefined) rmSync(scratch, { recursive: true, force: true });
});

describe("the test registry", () => {
  it("holds every public package at the repository's version", () => {
    expect(PUBLIC.map((p) => p.json.name)).toContain("@codex-coder/create-templates");
    for (const pkg of PUBLIC) {
      const view = run("npm", ["view", pkg.json.name, "dist-tags.latest", "dist.tarball"], scratch);
      expect(view.stdout, pkg.json.name).toContain(`dist-tags.latest = '${pkg.json.version}'`);
      expect(view.stdout, pkg.json.name).toContain(`dist.tarball = '${registry.url}`);
    }
    expect(new Set(PUBLIC.map((p) => p.json.version))).toEqual(new Set([VERSION]));
  });
});

// Each kind of template, each with another auth source (the rest is the same code path).
const STARTERS = [
  {
    kind: "docker",
    name: "starter-codex",
    auth: "template-variable",
    variables: { openai_api_key: CANARY, workspace_image: "codercom/enterprise-node:ubuntu" },
  },
  {
    kind: "kubernetes",
    name: "starter-codex-k8s",
    auth: "user-secret",
    variables: { namespace: "coder-workspaces" },
  },
] as const satisfies readonly {
  kind: TemplateKind;
  name: string;
  auth: AuthSource;
  variables: Record<string, string>;
}[];

describe.each(STARTERS)(
  "npm create @codex-coder/templates --kind $kind, from the registry",
  ({ kind, name, auth, variables }) => {
    let project: string;

    beforeAll(() => {
      const work = path.join(scratch, `starter-${kind}`);
      mkdirSync(work);
      run(
        "npm",
        [
          "create",
          "--yes",
          "@codex-coder/templates",
          "my-templates",
          "--",
          "--kind",
          kind,
          "--name",
          name,
          "--auth",
          auth,
        ],
        work,
      );
      project = path.join(work, "my-templates");
    }, 600_000);

    it("writes a repository that installs the published packages", () => {
      run("npm", ["install"], project);
      const pkg = JSON.parse(readFileSync(path.join(project, "package.json"), "utf8")) as {
        dependencies: Record<string, string>;
      };
      expect(pkg.dependencies).toEqual(
        Object.fromEntries(STARTER_DEPENDENCIES[kind].map((dep) => [dep, `^${VERSION}`])),
      );
      // The runtime comes with the core, as its dependency.
      expectFromRegistry(project, [...STARTER_DEPENDENCIES[kind], "@codex-coder/codex-runtime"]);
    });

    it("builds, and its own npm test validates the template with Terraform", () => {
      const env = {
        ...npmEnv,
        ...terraformBaseEnvironment(toolchain),
        PATH: `${path.dirname(toolchain.terraform.path)}${path.delimiter}${npmEnv["PATH"] ?? ""}`,
      };
      const res = run("npm", ["test"], project, env);
      expect(res.stdout).toContain(`${name}: valid`);
      expect(existsSync(path.join(project, "dist", name, `${name}.tar`))).toBe(true);
    });

    it("plans a start with the real providers from the test mirror", async () => {
      const templateDir = path.join(project, "dist", name, "template");
      expectProviderRanges(templateDir, RANGES[kind]);
      await expectPlans(templateDir, variables, kind);
    });
  },
);

describe("a hand-written consumer, from the README", () => {
  let project: string;

  beforeAll(() => {
    project = path.join(scratch, "consumer");
    mkdirSync(path.join(project, "src"), { recursive: true });
    writeFileSync(
      path.join(project, "package.json"),
      `${JSON.stringify({ name: "consumer", version: "0.0.0", private: true }, null, 2)}\n`,
    );
    // The commands of the README's hand-written setup, as written.
    const blocks = readmeSection("### Add it to a repository you already have");
    const commands = blocks.find((b) => b.lang === "sh")?.body ?? "";
    for (const line of commands.split("\n").filter((l) => l.trim() !== "")) {
      run("bash", ["-c", line], project);
    }
    // Every package README's first example is a program too; the ones whose package the README's
    // setup does not install (the starter, the runtime) need it as a package of their own.
    const installed = Object.keys(
      (
        JSON.parse(readFileSync(path.join(project, "package.json"), "utf8")) as {
          dependencies: Record<string, string>;
        }
      ).dependencies,
    );
    const others = PUBLIC.map((p) => p.json.name).filter((n) => !installed.includes(n));
    run("npm", ["install", "--save-dev", ...others], project);
    writeFileSync(
      path.join(project, "tsconfig.json"),
      blocks.find((b) => b.lang === "json")?.body ?? "",
    );
    writeFileSync(
      path.join(project, "src", "template.ts"),
      blocks.find((b) => b.lang === "ts")?.body ?? "",
    );
    // The first example of every published package's README, each a program of its own.
    for (const pkg of PUBLIC) {
      const readme = readFileSync(path.join(pkg.dir, "README.md"), "utf8");
      const first = fencedBlocks(readme)[0];
      const file = `readme-${pkg.json.name.split("/")[1] ?? ""}.ts`;
      writeFileSync(path.join(project, "src", file), first?.body ?? "");
    }
  }, 600_000);

  it("has only published packages, all from the registry", () => {
    const pkg = JSON.parse(readFileSync(path.join(project, "package.json"), "utf8")) as {
      dependencies: Record<string, string>;
    };
    expect(Object.keys(pkg.dependencies).sort()).toEqual([...STARTER_DEPENDENCIES.docker].sort());
    expectFromRegistry(
      project,
      PUBLIC.map((p) => p.json.name),
    );
  });

  it("compiles the README template and every package README's first example (strict tsc)", () => {
    run("npx", ["--no-install", "tsc", "-p", "tsconfig.json"], project);
    expect(existsSync(path.join(project, "lib", "template.js"))).toBe(true);
  });

  it("runs every package README's first example", () => {
    for (const pkg of PUBLIC) {
      const name = pkg.json.name.split("/")[1] ?? "";
      const cwd = mkdtempSync(path.join(scratch, `run-${name}-`));
      const args = [path.join(project, "lib", `readme-${name}.js`)];
      // Each example runs in a folder of its own (the starter's writes a repository there).
      const res = run(process.execPath, args, cwd);
      // It did something visible: wrote files (a template, a synthesized stack) or printed.
      expect(
        readdirSync(cwd).length + res.stdout.trim().length,
        `${name}'s example`,
      ).toBeGreaterThan(0);
    }
  });

  it("builds with npm run build, and the template validates and plans", async () => {
    run("npm", ["run", "build"], project);
    const templateDir = path.join(project, "dist", "template");
    expectProviderRanges(templateDir, RANGES.docker);
    await expectPlans(templateDir, {});
    expect(existsSync(path.join(project, "dist", "my-codex.tar"))).toBe(true);
  });
});

describe("npm pack of the repository's packages", () => {
  it("is what the registry serves (no file added or lost on the way)", () => {
    for (const pkg of PUBLIC) {
      const packed = JSON.parse(
        run("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], pkg.dir).stdout,
      ) as [{ files: { path: string }[] }];
      const installed = path.join(scratch, "consumer", "node_modules", pkg.json.name);
      if (!existsSync(installed)) continue; // the starter is not a dependency of the consumer
      for (const file of packed[0].files) {
        expect(existsSync(path.join(installed, file.path)), `${pkg.json.name}/${file.path}`).toBe(
          true,
        );
      }
    }
  });
});
