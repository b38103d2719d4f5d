import {
  codexOptionsReadmeSection,
  codexSessionReadmeSections,
  codexSessionVariablesYaml,
  projectCreateReadmeExample,
  projectSetupReadmeText,
} from "@codex-coder/codex";

/** One rule of a Kubernetes RBAC Role. */
export interface RoleRule {
  /** API groups (`""` is the core group). */
  readonly apiGroups: readonly string[];
  /** Resource names, plural. */
  readonly resources: readonly string[];
  /** Verbs allowed on them. */
  readonly verbs: readonly string[];
}

const MANAGE = ["get", "list", "watch", "create", "update", "patch", "delete"] as const;

/**
 * What the Coder provisioner may do in the workspaces' namespace: the Role the README shows.
 * test/apply.test.ts applies the template as a user that has only these rights.
 */
export const PROVISIONER_ROLE_RULES: readonly RoleRule[] = [
  { apiGroups: ["apps"], resources: ["deployments"], verbs: MANAGE },
  { apiGroups: [""], resources: ["persistentvolumeclaims"], verbs: MANAGE },
  { apiGroups: [""], resources: ["pods"], verbs: ["get", "list", "watch"] },
  { apiGroups: [""], resources: ["events"], verbs: ["get", "list", "watch"] },
];

function roleRulesYaml(): string {
  const list = (items: readonly string[]) => `[${items.map((i) => JSON.stringify(i)).join(", ")}]`;
  return PROVISIONER_ROLE_RULES.map((r) =>
    [
      `  - apiGroups: ${list(r.apiGroups)}`,
      `    resources: ${list(r.resources)}`,
      `    verbs: ${list(r.verbs)}`,
    ].join("\n"),
  ).join("\n");
}

/** The README Coder shows for this template (the writer adds the front matter and the H1). */
export const readme = `A Kubernetes workspace with [OpenAI Codex](https://github.com/openai/codex) running behind a
chat app: one pod per started workspace and a persistent home volume. On Coder 2.28–2.36
(including the 2.34 ESR (extended support) release) Coder Tasks start Codex with a prompt; on Coder 2.37+, where
Tasks were removed, it is the same Codex workspace without the Tasks UI.

## What you get

- A Deployment with one pod (\`codercom/enterprise-node:ubuntu\`, configurable) running the Coder
  agent as uid 1000, with the CPU and memory the user picked as limits (250m CPU and 512 MiB
  requested), on an amd64 or arm64 node as the user picked.
- A PersistentVolumeClaim mounted at \`/home/coder\`: it is kept while the workspace is stopped and
  deleted with the workspace. Projects go to \`/home/coder/projects\`.
- **Codex** (chat app, health-checked) and **Codex CLI** (terminal attached to the same session),
  with Codex pinned to the version this template was tested with.
- **Your repository** cloned into \`/home/coder/projects\` on the first start (Coder external auth for
  private repositories), and a **setup script** run there before Codex starts.
- **VS Code in the browser** (code-server, pinned, health-checked), opening the project folder; on
  by default, \`code_server_enabled: false\` turns it off.
- Agent metadata: CPU, memory, home disk, Codex status, the sandbox mode in effect, the project
  (clone and setup) and code-server status.
- A **System prompt** parameter (house rules, written to \`~/.codex/AGENTS.md\`), editable per
  workspace.
- Presets: "Codex: standard" (2 cores, 4 GiB), "Codex: large" (8 cores, 16 GiB) and "Codex: code
  review" (2 cores, 4 GiB; Codex reviews and proposes diffs instead of editing).
- Workspace pods prefer different nodes (pod anti-affinity on \`kubernetes.io/hostname\`) and get no
  service account token.

## Prerequisites

- A Kubernetes cluster and a namespace for the workspaces, created beforehand
  (\`kubectl create namespace coder-workspaces\`).
- A default StorageClass, or one named in \`storage_class\`.
- Nodes that can pull the workspace image, and reach the Coder access URL (the agent connects out;
  nothing connects in).
- Coder 2.24 or newer (\`codex_tasks_mode\` picks the Tasks flavour; see below).
- The Coder provisioner must be allowed to manage the workspace resources in that namespace.
  - Provisioner inside the cluster (the Helm chart's \`coder\` service account, \`use_kubeconfig =
    false\`): give its service account the Role below.
  - Provisioner outside the cluster: \`use_kubeconfig = true\` and a \`~/.kube/config\` for the
    provisioner's user whose identity has the same rights.

### RBAC for the provisioner

The Coder Helm chart already grants its service account these rights in the namespace Coder is
installed in. When workspaces run in another namespace, create this there (replace the namespace,
and the service account's name and namespace if yours differ):

\`\`\`yaml
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: coder-workspaces
  namespace: coder-workspaces
rules:
${roleRulesYaml()}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: coder-workspaces
  namespace: coder-workspaces
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: coder-workspaces
subjects:
  - kind: ServiceAccount
    name: coder
    namespace: coder
\`\`\`

Check it with
\`kubectl auth can-i create deployments.apps -n coder-workspaces --as system:serviceaccount:coder:coder\`.

## Kubernetes provider version

The template asks for \`hashicorp/kubernetes\` \`>= 2.7.0, < 4.0.0\` and uses
\`kubernetes_deployment_v1\` and \`kubernetes_persistent_volume_claim_v1\`, with the container's
CPU and memory as maps (\`resources { limits = { … } }\`), as Coder's own kubernetes example does.

- **Why 2.7.0.** It is the first release with the \`_v1\` resource names; every 2.x since then
  reads \`limits\` and \`requests\` as maps. So any provisioner that can install a 2.x from 2.7.0
  on, or any 3.x, can run the template, and it coexists with other modules that need 2.x or 3.x.
- **Why not 4.x.** 3.0 deprecated the unversioned names; a next major release may remove or rename
  more. The range is widened once a 4.x has been tested.
- **Tested** with 3.2.1 and 2.38.0 (the last 2.x), built from their upstream sources: \`terraform
  validate\` (no deprecation warning with 3.2.1), the template import, start and stop builds in
  every Tasks mode, and \`terraform apply\` against a real Kubernetes API server (see
  \`TESTING.md\`). An air-gapped mirror needs one of these versions, or any release in the range.

\`use_kubeconfig = false\` leaves \`config_path\` null, so the provider uses the service account of
the pod the provisioner runs in; \`use_kubeconfig = true\` reads \`~/.kube/config\` of the
provisioner's user.

A build does not wait for the pod: the Deployment has \`wait_for_rollout = false\` and the PVC
\`wait_until_bound = false\`, as in Coder's kubernetes example. The build ends once the API has
stored both, and the workspace shows "starting" until the agent connects. Waiting would gain
nothing and can block: on a StorageClass with \`volumeBindingMode: WaitForFirstConsumer\` the PVC
binds only when the workspace pod is scheduled, which happens after the Deployment, which the
template creates after the PVC; and a pod that never schedules would hold the build for the
provider's timeout (10 minutes) instead of showing up in \`kubectl describe pod\` at once.

## Variables

Set them at push time with \`--variables-file\`. Coder keeps earlier values, so pass every variable on
every push. \`namespace\` has no default and must be set.

\`\`\`yaml
# codex.yaml
use_kubeconfig: false                 # true: the provisioner's ~/.kube/config instead of its service account
namespace: coder-workspaces           # required; must exist
workspace_image: codercom/enterprise-node:ubuntu
storage_class: ""                     # empty: the cluster's default StorageClass
node_selector: '{"node-pool":"workspaces"}'   # map(string); kubernetes.io/arch comes from the Architecture parameter
tolerations: '[{"key":"dedicated","operator":"Equal","value":"coder","effect":"NoSchedule"}]'
${codexSessionVariablesYaml()}
agentapi_download_url: https://github.com/coder/agentapi/releases/download
agentapi_sha256_amd64: ""             # sha256sum agentapi-linux-amd64, to refuse a tampered download
agentapi_sha256_arm64: ""
repo_external_auth_id: ""             # e.g. github: the clone uses the user's linked account
code_server_enabled: true             # false: no VS Code in the browser
code_server_download_url: https://github.com/coder/code-server/releases/download
code_server_sha256_amd64: ""          # sha256sum code-server-4.139.1-linux-amd64.tar.gz
code_server_sha256_arm64: ""
codex_mcp_servers_toml: ""            # MCP servers as [mcp_servers.<name>] TOML; see "MCP servers, extra Codex settings and install scripts"
codex_extra_settings_toml: ""         # more config.toml settings as TOML
codex_pre_install_script: ""          # bash before the Codex install
codex_post_install_script: ""         # bash after the Codex install
\`\`\`

\`node_selector\` and \`tolerations\` are complex types: give them as JSON strings as above (\`{}\` and
\`[]\` when unused). A toleration is \`{ key, operator, value, effect }\`: \`operator\` is \`Equal\`
(default) or \`Exists\`; \`effect\` is \`NoSchedule\`, \`PreferNoSchedule\` or \`NoExecute\`, or left out
to tolerate every effect; with \`Exists\`, leave \`value\` out.

\`\`\`sh
coder templates push kubernetes -d templates/kubernetes/dist/template --variables-file codex.yaml --yes
\`\`\`

Every variable has a validation block: a wrong value fails the push with a message naming the
allowed values.

## Parameters

| parameter | values | changeable later |
| --- | --- | --- |
| CPU | 2, 4, 6, 8 cores (limit) | yes, the pod is recreated |
| Memory | 2, 4, 8, 16 GiB (limit) | yes, the pod is recreated |
| Home disk size | 1–500 GiB, default 10 | no |
| Architecture | amd64, arm64 | no |
| System prompt | free text (presets fill it in) | yes, written again at the next start |
| Repository (\`repo_url\`) | \`https://github.com/acme/web.git\`, \`git@github.com:acme/web.git\`; empty: none | yes, but only the first start clones |
| Branch (\`repo_branch\`) | \`main\`, \`release/2.0\`; empty: the default branch | yes, but only the first start clones |
| Setup script (\`setup_script\`) | bash, e.g. \`npm ci\` | yes, it runs on every start |

${projectCreateReadmeExample("kubernetes")}
## Repository and setup script

The clone happens once: on later starts a folder that holds a checkout is left exactly as it is
(your changes and Codex's survive on the home volume; nothing is fetched), and a folder that holds
other files is never cloned into. For private repositories set \`repo_external_auth_id\` to the id
of a Coder external auth provider (e.g. \`github\`): users are asked to link their account, and the
clone authenticates with their token, which never appears in a command line, a log or a file.
Without it, public repositories and SSH keys in the image work. The pod needs to reach the git
server.

${projectSetupReadmeText({
  templateFunction: "kubernetesTemplate",
  presetDefaults: "2 cores, 4 GiB on amd64 and the default system prompt",
})}
## VS Code in the browser

The "VS Code (browser)" app is code-server 4.139.1, installed once into the home volume (a restart
skips the download) and opened on \`/home/coder/projects\`. For air-gapped clusters mirror the
release tarballs (\`<url>/v4.139.1/code-server-4.139.1-linux-amd64.tar.gz\`, and \`arm64\`) and set
\`code_server_download_url\`; set \`code_server_sha256_amd64\` (and \`_arm64\`) so a tampered
download is refused.

${codexOptionsReadmeSection()}
${codexSessionReadmeSections()}
## Provisioner routing

The template sets no provisioner tags: its builds run on the organization's untagged provisioners,
such as the ones running inside Coder. To run them on the provisioners of one cluster, start those
with a tag (\`coder provisioner start --tag cluster=eu-1\`) and pick one of two ways:

- **At push time, no code:**
  \`coder templates push kubernetes -d templates/kubernetes/dist/template --variables-file codex.yaml --provisioner-tag cluster=eu-1\`.
  The template version is imported by a provisioner with \`cluster=eu-1\`, and its workspace builds
  run there too.
- **In a variant of the template:** build it with
  \`kubernetesTemplate(app, { provisionerTags: { cluster: "eu-1", namespace: "\${var.namespace}" } })\`.
  Then \`main.tf\` contains
  \`data "coder_workspace_tags" "provisioner" { tags = { cluster = "eu-1", namespace = var.namespace } }\`.
  Tag names are literal. A value is a literal, a string variable of the template, or an immutable
  parameter, and it is never empty. The build checks these rules. Coder reads
  \`coder_workspace_tags\` only from \`.tf\` files, and only as an object constructor with literal keys,
  which is how \`main.tf\` writes it.

A build runs only on a provisioner that has all of its tags. No provisioner with those tags means
the build waits in the queue, so add tags only where such provisioners run.

## Sandbox

Codex's own sandbox (bwrap) needs unprivileged user namespaces, which many clusters do not give a
pod (container runtime seccomp/AppArmor profiles, or the node's kernel settings). The start script
probes for it: when bwrap cannot run, Codex runs with \`danger-full-access\` (the pod is the isolation
boundary) and the agent metadata says so.

## Troubleshooting

- Workspace stuck "starting": \`kubectl -n <namespace> describe pod -l com.coder.workspace.id=<id>\`
  shows scheduling problems (no node with the architecture, taints without a toleration, an unbound
  volume).
- Logs are in \`~/.codex-module/logs/\`: \`install.log\`, \`start.log\`, \`agentapi.log\`,
  \`project.log\` (clone), \`setup.log\` (setup script), \`code-server.log\`. The
  merged Codex config is \`~/.codex/config.toml\`; your own edits there, and a model picked with
  \`/model\`, survive restarts.
`;
