import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import {
  checkTemplate,
  createTemplateApp,
  levelOneHeadings,
  type TerraformConfig,
  type WrittenTemplate,
} from "@codex-coder/template-kit";
import { hclRoundTrip, parseHcl, readabilityProblems } from "@codex-coder/template-kit/testing";
import {
  createProvisioner,
  dataSources,
  loadToolchain,
  terraformBaseEnvironment,
} from "@codex-coder/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ARCHITECTURES,
  ARCH_NODE_LABEL,
  CPU_OPTIONS,
  HOME_DISK_GIB,
  KUBERNETES_PROVIDER_VERSION,
  MEMORY_OPTIONS_GIB,
  PROJECT_FOLDER,
  WORKSPACE_APP_NAME,
  kubernetesTemplate,
} from "../src/template.js";
import { buildKubernetes, synthKubernetes } from "./build.js";
import { arr, at, obj, strings } from "./json.js";

// A value that must never reach the output: the build reads no environment, and this proves it.
const CANARY = "canary-key-0123456789abcdef-do-not-ship";

let outDir: string;
let templateDir: string;
let tarBytes: Buffer;
let config: TerraformConfig;
let files: Map<string, Buffer>;

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

beforeAll(async () => {
  process.env["OPENAI_API_KEY"] = CANARY;
  process.env["TF_VAR_openai_api_key"] = CANARY;
  process.env["TF_VAR_codex_custom_provider_api_key"] = CANARY;
  const written = await buildKubernetes();
  templateDir = written.templateDir;
  outDir = dirname(templateDir);
  tarBytes = readFileSync(written.tarPath);
  files = new Map(
    listFiles(templateDir).map((path) => [relative(templateDir, path), readFileSync(path)]),
  );
  config = synthKubernetes().config;
});

afterAll(() => {
  delete process.env["OPENAI_API_KEY"];
  delete process.env["TF_VAR_openai_api_key"];
  delete process.env["TF_VAR_codex_custom_provider_api_key"];
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

const deployment = () => obj(at(config, "resource", "kubernetes_deployment_v1", "main"));
const pvc = () => obj(at(config, "resource", "kubernetes_persistent_volume_claim_v1", "home"));
const podSpec = () => obj(at(deployment(), "spec", "template", "spec"));
const container = () => obj(arr(podSpec()["container"])[0]);
const parameter = (name: string) => obj(at(config, "data", "coder_parameter", name));

describe("the built template", () => {
  it("writes main.tf, README.md, the Codex, project and code-server scripts and kubernetes.tar", () => {
    expect([...files.keys()].sort()).toEqual([
      "README.md",
      "codex/attach.sh",
      "codex/code-server.sh",
      "codex/install.sh",
      "codex/lib.sh",
      "codex/merge-config.mjs",
      "codex/project.sh",
      "codex/start.sh",
      "codex/stop.sh",
      "main.tf",
    ]);
    expect(tarBytes.byteLength).toBeGreaterThan(0);
    expect(tarBytes.byteLength).toBeLessThanOrEqual(1 << 20);
  });

  it("passes every hygiene check of the template kit", () => {
    expect(checkTemplate({ config, files })).toEqual([]);
  });

  it("main.tf passes terraform fmt -check", () => {
    const toolchain = loadToolchain();
    const run = spawnSync(
      toolchain.terraform.path,
      ["fmt", "-check", "-diff", "-no-color", "main.tf"],
      { cwd: templateDir, env: terraformBaseEnvironment(toolchain), encoding: "utf8" },
    );
    expect(run.stdout + run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  it("main.tf reads back through HashiCorp's HCL parser as the synthesized configuration", async () => {
    const mainTf = String(files.get("main.tf"));

    const { fromHcl, fromJson } = await hclRoundTrip(mainTf, config);

    expect(fromHcl).toEqual(fromJson);
  });

  it("main.tf reads as hand-written HCL: header, short lines, no base64 or literal-first leftovers", async () => {
    expect(await readabilityProblems(String(files.get("main.tf")))).toEqual([]);
  });

  it("main.tf writes the container's limits and requests as maps, the syntax of provider 2.x and 3.x", () => {
    const mainTf = String(files.get("main.tf"));
    expect(mainTf).toMatch(/^ +resources \{\n +limits += \{\n/m);
    expect(mainTf).toMatch(/^ +requests += \{\n +cpu +=/m);
    expect(mainTf).not.toMatch(/^ +(limits|requests) \{/m);
  });

  it("main.tf uses only the versioned kubernetes resource types (3.x deprecates the others)", () => {
    const mainTf = String(files.get("main.tf"));
    const types = [...mainTf.matchAll(/^resource "(kubernetes_[a-z0-9_]+)"/gm)].map((m) => m[1]);
    expect(types.sort()).toEqual([
      "kubernetes_deployment_v1",
      "kubernetes_persistent_volume_claim_v1",
    ]);
    expect(Object.keys(obj(config["resource"])).filter((t) => t.startsWith("kubernetes_"))).toEqual(
      types.sort(),
    );
  });

  it("accepts hashicorp/kubernetes from 2.7.0 (the first with _v1 names) through 3.x, has no backend", () => {
    const terraform = obj(config["terraform"]);
    expect(KUBERNETES_PROVIDER_VERSION).toBe(">= 2.7.0, < 4.0.0");
    expect(at(terraform, "required_providers", "kubernetes")).toEqual({
      source: "hashicorp/kubernetes",
      version: KUBERNETES_PROVIDER_VERSION,
    });
    expect(obj(at(terraform, "required_providers", "coder"))["source"]).toBe("coder/coder");
    expect(terraform["backend"]).toBeUndefined();
    expect(terraform["cloud"]).toBeUndefined();
  });

  it("configures the kubernetes provider from the service account, or ~/.kube/config when use_kubeconfig", () => {
    // As Coder's kubernetes example: null loads no file, so the provider uses the pod's
    // service account (test/apply.test.ts applies with use_kubeconfig = true).
    expect(at(config, "provider", "kubernetes", 0, "config_path")).toBe(
      '${var.use_kubeconfig ? "~/.kube/config" : null}',
    );
  });

  it("contains no expression cdktf rendered wrongly (undefined operands, leftover tokens)", () => {
    const bad = strings(config).filter(
      ([, s]) => /\bundefined\b/.test(s) || s.includes("${TfToken[") || s.includes("TOKEN["),
    );
    expect(bad).toEqual([]);
  });
});

describe("the agent", () => {
  it("runs linux on the architecture the user picked", () => {
    const main = obj(at(config, "resource", "coder_agent", "main"));
    expect(main["os"]).toBe("linux");
    expect(main["arch"]).toBe("${data.coder_parameter.arch.value}");
    expect(arr(parameter("arch")["option"]).map((o) => obj(o)["value"])).toEqual([
      ...ARCHITECTURES,
    ]);
  });

  it("shows CPU, RAM, home disk and the Codex, project and code-server metadata", () => {
    const keys = arr(at(config, "resource", "coder_agent", "main", "metadata")).map(
      (m) => obj(m)["key"],
    );
    expect(keys).toEqual([
      "0_cpu_usage",
      "1_ram_usage",
      "3_home_disk",
      "codex_status",
      "codex_sandbox",
      "project_status",
      "code_server_status",
    ]);
  });

  it("gets Codex: chat and CLI apps, install, start and stop scripts in the project folder", () => {
    const apps = obj(at(config, "resource", "coder_app"));
    expect(obj(apps["codex"])["agent_id"]).toBe("${coder_agent.main.id}");
    expect(obj(apps["codex"])["slug"]).toBe("codex");
    expect(obj(apps["codex_cli"])["slug"]).toBe("codex-cli");
    const scripts = obj(at(config, "resource", "coder_script"));
    expect(Object.keys(scripts).sort()).toEqual([
      "code_server",
      "codex_install",
      "codex_start",
      "codex_stop",
      "project",
    ]);
    // The folder is written readable and encoded by Terraform (base64encode), not as a base64 literal.
    expect(String(obj(scripts["codex_install"])["script"])).toContain(
      `base64encode("${PROJECT_FOLDER}")`,
    );
  });
});

describe("the parameters", () => {
  it("each have order, display name, description and a validation with an error", () => {
    for (const name of ["cpu", "memory", "home_disk_size", "arch"]) {
      const p = parameter(name);
      expect(p["order"], name).toEqual(expect.any(Number));
      expect(p["display_name"], name).toEqual(expect.any(String));
      expect(p["description"], name).toEqual(expect.any(String));
      expect(obj(p["validation"])["error"], name).toEqual(expect.any(String));
    }
    const orders = [
      "cpu",
      "memory",
      "home_disk_size",
      "arch",
      "system_prompt",
      "repo_url",
      "repo_branch",
      "setup_script",
    ].map((n) => parameter(n)["order"]);
    expect(new Set(orders).size).toBe(orders.length);
  });

  it("offer CPU and memory as mutable options, disk and architecture fixed at creation", () => {
    const values = (name: string) => arr(parameter(name)["option"]).map((o) => obj(o)["value"]);
    expect(values("cpu")).toEqual(CPU_OPTIONS.map(String));
    expect(values("memory")).toEqual(MEMORY_OPTIONS_GIB.map(String));
    expect(parameter("cpu")["mutable"]).toBe(true);
    expect(parameter("memory")["mutable"]).toBe(true);
    expect(parameter("home_disk_size")["mutable"]).toBe(false);
    expect(parameter("arch")["mutable"]).toBe(false);
    expect(parameter("home_disk_size")["type"]).toBe("number");
    expect(obj(parameter("home_disk_size")["validation"])).toMatchObject({
      min: HOME_DISK_GIB.min,
      max: HOME_DISK_GIB.max,
    });
  });

  it("are set by presets only to values they offer, with one default preset", () => {
    const presets = Object.values(obj(at(config, "data", "coder_workspace_preset"))).map((p) =>
      obj(p),
    );
    expect(presets.filter((p) => p["default"] === true)).toHaveLength(1);
    for (const preset of presets) {
      for (const [name, value] of Object.entries(obj(preset["parameters"]))) {
        if (name === "system_prompt") continue; // free text, no options
        const options = arr(parameter(name)["option"]).map((o) => obj(o)["value"]);
        expect(options, `${String(preset["name"])}: ${name}`).toContain(value);
      }
    }
  });
});

describe("the home volume", () => {
  it("has no count, so it survives stops", () => {
    expect(pvc()["count"]).toBeUndefined();
    expect(pvc()["for_each"]).toBeUndefined();
  });

  it("is a ReadWriteOnce claim of the chosen size and storage class, not waiting to be bound", () => {
    expect(pvc()["wait_until_bound"]).toBe(false);
    expect(at(pvc(), "spec", "access_modes")).toEqual(["ReadWriteOnce"]);
    expect(at(pvc(), "spec", "resources", "requests", "storage")).toBe(
      "${data.coder_parameter.home_disk_size.value}Gi",
    );
    expect(at(pvc(), "spec", "storage_class_name")).toBe(
      '${var.storage_class == "" ? null : var.storage_class}',
    );
    expect(at(pvc(), "metadata", "namespace")).toBe("${var.namespace}");
  });

  it("lets size changes apply (no ignore_changes)", () => {
    expect(pvc()["lifecycle"]).toBeUndefined();
  });

  it("carries the Coder labels and the owner's email as an annotation", () => {
    expect(Object.keys(obj(at(pvc(), "metadata", "labels"))).sort()).toEqual([
      "app.kubernetes.io/instance",
      "app.kubernetes.io/name",
      "app.kubernetes.io/part-of",
      "com.coder.resource",
      "com.coder.user.id",
      "com.coder.user.username",
      "com.coder.workspace.id",
      "com.coder.workspace.name",
    ]);
    expect(at(pvc(), "metadata", "annotations")).toEqual({
      "com.coder.user.email": "${data.coder_workspace_owner.me.email}",
    });
  });
});

describe("the deployment", () => {
  it("exists only while the workspace is started, after the volume, without waiting for rollout", () => {
    expect(deployment()["count"]).toBe("${data.coder_workspace.me.start_count}");
    expect(deployment()["depends_on"]).toEqual(["kubernetes_persistent_volume_claim_v1.home"]);
    expect(deployment()["wait_for_rollout"]).toBe(false);
    expect(at(deployment(), "spec", "replicas")).toBe("1");
    expect(at(deployment(), "spec", "strategy", "type")).toBe("Recreate");
  });

  it("runs the agent as uid 1000 with its token", () => {
    expect(podSpec()["security_context"]).toEqual({
      run_as_user: "1000",
      fs_group: "1000",
      run_as_non_root: true,
    });
    expect(container()["name"]).toBe("dev");
    expect(container()["image"]).toBe("${var.workspace_image}");
    expect(container()["command"]).toEqual(["sh", "-c", "${coder_agent.main.init_script}"]);
    expect(container()["env"]).toEqual([
      { name: "CODER_AGENT_TOKEN", value: "${coder_agent.main.token}" },
    ]);
  });

  it("limits CPU and memory to the parameters, with small requests", () => {
    expect(at(container(), "resources", "limits")).toEqual({
      cpu: "${data.coder_parameter.cpu.value}",
      memory: "${data.coder_parameter.memory.value}Gi",
    });
    expect(at(container(), "resources", "requests")).toEqual({ cpu: "250m", memory: "512Mi" });
  });

  it("mounts the home volume at /home/coder", () => {
    expect(container()["volume_mount"]).toEqual([
      { mount_path: "/home/coder", name: "home", read_only: false },
    ]);
    expect(at(podSpec(), "volume", 0, "persistent_volume_claim", "claim_name")).toBe(
      "${kubernetes_persistent_volume_claim_v1.home.metadata[0].name}",
    );
  });

  it("selects nodes of the chosen architecture plus the node_selector variable", () => {
    expect(podSpec()["node_selector"]).toBe(
      `\${merge(var.node_selector, {"${ARCH_NODE_LABEL}" = data.coder_parameter.arch.value})}`,
    );
  });

  it("tolerates what the tolerations variable lists", () => {
    const dynamic = obj(at(podSpec(), "dynamic", "toleration"));
    expect(dynamic["for_each"]).toContain("var.tolerations");
    expect(Object.keys(obj(dynamic["content"])).sort()).toEqual([
      "effect",
      "key",
      "operator",
      "value",
    ]);
  });

  it("prefers to spread workspace pods over nodes", () => {
    const preferred = obj(
      at(
        podSpec(),
        "affinity",
        "pod_anti_affinity",
        "preferred_during_scheduling_ignored_during_execution",
        0,
      ),
    );
    expect(at(preferred, "pod_affinity_term", "topology_key")).toBe("kubernetes.io/hostname");
    expect(at(preferred, "pod_affinity_term", "label_selector", 0, "match_expressions", 0)).toEqual(
      {
        key: "app.kubernetes.io/name",
        operator: "In",
        values: [WORKSPACE_APP_NAME],
      },
    );
    expect(
      at(deployment(), "spec", "template", "metadata", "labels", "app.kubernetes.io/name"),
    ).toBe(WORKSPACE_APP_NAME);
  });

  it("selects its pods by labels the pod template carries", () => {
    const selector = obj(at(deployment(), "spec", "selector", "match_labels"));
    const podLabels = obj(at(deployment(), "spec", "template", "metadata", "labels"));
    for (const [key, value] of Object.entries(selector)) expect(podLabels[key], key).toBe(value);
  });
});

describe("the variables", () => {
  const expected = [
    "agentapi_download_url",
    "agentapi_sha256_amd64",
    "agentapi_sha256_arm64",
    "code_server_download_url",
    "code_server_enabled",
    "code_server_sha256_amd64",
    "code_server_sha256_arm64",
    "codex_approval_policy",
    "codex_auth_source",
    "codex_custom_provider_api_key",
    "codex_custom_provider_base_url",
    "codex_extra_settings_toml",
    "codex_mcp_servers_toml",
    "codex_model",
    "codex_post_install_script",
    "codex_pre_install_script",
    "codex_task_approval_policy",
    "codex_tasks_mode",
    "namespace",
    "node_selector",
    "openai_api_key",
    "repo_external_auth_id",
    "storage_class",
    "tolerations",
    "use_kubeconfig",
    "workspace_image",
  ];

  it("are the documented set, each that can hold a wrong value with a validation and an error message", () => {
    const variables = obj(config["variable"]);
    expect(Object.keys(variables).sort()).toEqual(expected);
    for (const [name, variable] of Object.entries(variables)) {
      // Terraform's type check is all a bool can fail: a validation rule there could not fail.
      if (obj(variable)["type"] === "bool") {
        expect(obj(variable)["validation"], name).toBeUndefined();
        continue;
      }
      const validations = arr(obj(variable)["validation"], name);
      expect(validations.length, name).toBeGreaterThan(0);
      for (const v of validations)
        expect(obj(v)["error_message"], name).toEqual(expect.any(String));
    }
  });

  it("require a namespace and default the rest", () => {
    const variables = obj(config["variable"]);
    expect(obj(variables["namespace"])["default"]).toBeUndefined();
    for (const name of expected.filter((n) => n !== "namespace")) {
      expect(obj(variables[name])["default"], name).toBeDefined();
    }
    expect(obj(variables["codex_auth_source"])["default"]).toBe("user-secret");
    expect(obj(variables["workspace_image"])["default"]).toBe("codercom/enterprise-node:ubuntu");
    expect(obj(variables["node_selector"])["default"]).toEqual({});
    expect(obj(variables["tolerations"])["default"]).toEqual([]);
  });

  it("are all documented in the README's variables file", () => {
    const readme = String(files.get("README.md"));
    for (const name of expected) expect(readme, name).toMatch(new RegExp(`^${name}:`, "m"));
  });
});

describe("secrets", () => {
  it("never appear in any file or the tarball", () => {
    for (const [path, bytes] of files) expect(bytes.includes(CANARY), path).toBe(false);
    expect(tarBytes.includes(CANARY)).toBe(false);
    expect(strings(config).filter(([, s]) => /\bsk-[A-Za-z0-9]/.test(s))).toEqual([]);
  });

  it("are sensitive variables without a default, read only by coder_env and length checks", () => {
    const variables = obj(config["variable"]);
    const sensitive = Object.entries(variables)
      .filter(([, v]) => obj(v)["sensitive"] === true)
      .map(([name]) => name)
      .sort();
    expect(sensitive).toEqual(["codex_custom_provider_api_key", "openai_api_key"]);
    for (const name of sensitive) expect(obj(variables[name])["default"]).toBe("");

    const uses = strings(obj(config["resource"])).filter(([, s]) =>
      sensitive.some((name) => s.includes(`var.${name}`)),
    );
    expect(uses.length).toBeGreaterThan(0);
    for (const [path, value] of uses) {
      const allowed =
        /^coder_env\.[a-z_]+\.value$/.test(path) ||
        (/\.lifecycle\.precondition\[\d+\]\.condition$/.test(path) &&
          // a precondition may only test whether the secret is set, never use its value
          sensitive.every((name) => !readsSecretValue(value, name)));
      expect(allowed, `${path}: ${value}`).toBe(true);
    }
  });
});

describe("the README", () => {
  it("explains prerequisites, the RBAC the provisioner needs, auth sources and Tasks modes", () => {
    const readme = String(files.get("README.md"));
    expect(readme).toMatch(/^---\n/);
    expect(levelOneHeadings(readme).map((h) => h.text)).toEqual(["# Codex on Kubernetes"]);
    for (const heading of [
      "## Prerequisites",
      "### RBAC for the provisioner",
      "## Kubernetes provider version",
      "## Variables",
      "## Authentication: which source to pick",
      "## Coder versions and Tasks modes",
      "## Provisioner routing",
    ]) {
      expect(readme).toContain(heading);
    }
    for (const text of [
      "kind: Role",
      "kind: RoleBinding",
      "deployments",
      "persistentvolumeclaims",
      "pods",
      "--variables-file",
      "coder templates push kubernetes",
      KUBERNETES_PROVIDER_VERSION,
      "kubernetes_deployment_v1",
      "kubernetes_persistent_volume_claim_v1",
      "## Provider versions",
      "| 3.2.1, 2.38.0 |",
      "--provisioner-tag",
      "coder_workspace_tags",
    ]) {
      expect(readme).toContain(text);
    }
  });
});

describe("provisioner tags", () => {
  const TAGS = { cluster: "eu-1", namespace: "${var.namespace}" } as const;
  let tagged: WrittenTemplate;
  let taggedConfig: TerraformConfig;

  beforeAll(async () => {
    tagged = await buildKubernetes({ provisionerTags: TAGS });
    taggedConfig = synthKubernetes({ provisionerTags: TAGS }).config;
  });

  afterAll(() => {
    if (tagged) rmSync(dirname(tagged.templateDir), { recursive: true, force: true });
  });

  it("are not set by default: builds go to untagged provisioners", () => {
    expect(Object.keys(obj(config["data"]))).not.toContain("coder_workspace_tags");
    expect(String(files.get("main.tf"))).not.toContain("coder_workspace_tags");
  });

  it("give main.tf a coder_workspace_tags whose tags are an object constructor with literal keys", async () => {
    const mainTf = readFileSync(join(tagged.templateDir, "main.tf"), "utf8");
    const block = [
      'data "coder_workspace_tags" "provisioner" {',
      "  tags = {",
      '    cluster   = "eu-1"',
      "    namespace = var.namespace",
      "  }",
      "}",
    ].join("\n");
    expect(mainTf).toContain(block);
    // Coder reads tags without evaluating them: HashiCorp's parser must see an object
    // constructor, which hcl2json gives as an object (anything else as a "${…}" string).
    expect(await parseHcl(mainTf)).toMatchObject({
      data: {
        coder_workspace_tags: {
          provisioner: [{ tags: { cluster: "eu-1", namespace: "${var.namespace}" } }],
        },
      },
    });
    const { fromHcl, fromJson } = await hclRoundTrip(mainTf, taggedConfig);
    expect(fromHcl).toEqual(fromJson);
  });

  it("pass the template kit's checks in main.tf and fail them in main.tf.json", () => {
    const read = (dir: string) =>
      new Map(listFiles(dir).map((path) => [relative(dir, path), readFileSync(path)]));
    expect(checkTemplate({ config: taggedConfig, files: read(tagged.templateDir) })).toEqual([]);
    expect(
      checkTemplate({ config: taggedConfig, files: read(tagged.templateDir), format: "json" }).map(
        (p) => [p.code, p.address],
      ),
    ).toEqual([["WorkspaceTagsInJson", "data.coder_workspace_tags.provisioner"]]);
  });

  it("are evaluated by the real coder provider in a build plan: literals and the namespace variable", async () => {
    const provisioner = await createProvisioner(tagged.templateDir);
    try {
      const plan = await provisioner.planBuild({ variables: { namespace: "coder" } });
      const tags = dataSources(plan, "coder_workspace_tags");
      expect(tags.map((t) => t.address)).toEqual(["data.coder_workspace_tags.provisioner"]);
      expect(tags[0]?.values["tags"]).toEqual({ cluster: "eu-1", namespace: "coder" });
    } finally {
      await provisioner.dispose();
    }
  });

  it("fails on a tag name that is not literal, an empty value and an expression", () => {
    expect(() =>
      kubernetesTemplate(createTemplateApp(), {
        provisionerTags: { "${var.x}": "a", empty: " ", upper: "${upper(var.namespace)}" },
      }),
    ).toThrow(
      [
        "kubernetesTemplate: invalid provisionerTags:",
        '- provisionerTags["${var.x}"]: the name must be literal letters, digits, ".", "_", "-" and "/", starting with a letter or digit',
        '- provisionerTags["empty"]: got " "; Coder refuses an empty provisioner tag',
        '- provisionerTags["upper"]: expected a non-empty literal, ${var.<name>} or ${data.coder_parameter.<name>.value}, got "${upper(var.namespace)}"',
      ].join("\n"),
    );
  });

  it("fails on references Coder would refuse: sensitive, empty default, unknown, mutable parameter", () => {
    const message = (() => {
      try {
        synthKubernetes({
          provisionerTags: {
            key: "${var.openai_api_key}",
            class: "${var.storage_class}",
            missing: "${var.provisioner_cluster}",
            cpu: "${data.coder_parameter.cpu.value}",
            arch: "${data.coder_parameter.arch.value}",
          },
        });
      } catch (error) {
        return String(error);
      }
      throw new Error("expected synthesis to fail");
    })();
    for (const expected of [
      'provisionerTags["key"] = "${var.openai_api_key}": var.openai_api_key is sensitive',
      'provisionerTags["class"] = "${var.storage_class}": var.storage_class defaults to ""',
      'provisionerTags["missing"] = "${var.provisioner_cluster}": the template has no variable provisioner_cluster',
      'provisionerTags["cpu"] = "${data.coder_parameter.cpu.value}": coder_parameter cpu is mutable',
    ]) {
      expect(message).toContain(expected);
    }
    expect(message).not.toContain('provisionerTags["arch"]');
  });
});

/** Whether an expression uses the secret variable `name` for more than testing that it is set. */
function readsSecretValue(expression: string, name: string): boolean {
  const emptinessTests = [`length(var.${name})`, `var.${name} != ""`, `var.${name} == ""`];
  let rest = expression;
  for (const test of emptinessTests) rest = rest.split(test).join("");
  return rest.includes(`var.${name}`);
}
