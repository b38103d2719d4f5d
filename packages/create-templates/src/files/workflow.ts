import type { StarterOptions } from "../options.js";

/** The first steps of every job: the repository, and Node.js 20 with npm's cache. */
const CHECKOUT_AND_NODE_STEPS = [
  "      - uses: actions/checkout@v4",
  "      - uses: actions/setup-node@v4",
  "        with:",
  "          node-version: 20",
  "          cache: npm",
];

/**
 * `.github/workflows/coder-templates.yaml`: the workflow of `examples/ci` in the codex-coder
 * repository, for this layout. Pull requests build and validate; pushes to main then push each
 * template without activating it, smoke-test a workspace on the new version and promote it.
 */
export function workflow(options: StarterOptions): string {
  const secretKey = options.auth === "template-variable";
  const lines = [
    "# Builds, validates and pushes the Coder templates of this repository.",
    "# Secrets it needs (Settings → Secrets and variables → Actions):",
    "#   CODER_URL            your deployment, e.g. https://coder.example.com",
    "#   CODER_SESSION_TOKEN  a long-lived token of a template admin (coder tokens create --lifetime 8760h)",
    ...(secretKey ? ["#   OPENAI_API_KEY       the key every workspace's Codex uses"] : []),
    "name: Coder templates",
    "",
    "on:",
    "  push:",
    "    branches: [main]",
    "  pull_request:",
    "  workflow_dispatch:",
    "",
    "permissions:",
    "  contents: read",
    "",
    "concurrency:",
    "  group: coder-templates-${{ github.ref }}",
    "  cancel-in-progress: false",
    "",
    "jobs:",
    "  test:",
    "    runs-on: ubuntu-latest",
    "    timeout-minutes: 20",
    "    steps:",
    ...CHECKOUT_AND_NODE_STEPS,
    "      - uses: hashicorp/setup-terraform@v3",
    "        with:",
    "          terraform_wrapper: false",
    "      - run: npm ci",
    "      - run: npm test",
    "",
    "  push:",
    "    if: github.event_name != 'pull_request'",
    "    needs: test",
    "    runs-on: ubuntu-latest",
    "    timeout-minutes: 30",
    "    strategy:",
    "      fail-fast: false",
    "      matrix:",
    `        template: [${options.templateName}]`,
    "    env:",
    "      CODER_URL: ${{ secrets.CODER_URL }}",
    "      CODER_SESSION_TOKEN: ${{ secrets.CODER_SESSION_TOKEN }}",
    "      TEMPLATE: ${{ matrix.template }}",
    "    steps:",
    ...CHECKOUT_AND_NODE_STEPS,
    "      - run: npm ci",
    "      - run: npm run build",
    "      - name: Install the Coder CLI of the deployment",
    "        run: |",
    '          curl -fsSL "${CODER_URL}/install.sh" | sh -s -- --method standalone --prefix "${HOME}/.local"',
    '          echo "${HOME}/.local/bin" >> "${GITHUB_PATH}"',
    "      - name: Version name and message",
    "        id: version",
    "        run: |",
    '          echo "name=$(git rev-parse --short=12 HEAD)" >> "${GITHUB_OUTPUT}"',
    '          echo "message=$(git log -1 --format=%s | cut -c1-72)" >> "${GITHUB_OUTPUT}"',
  ];
  if (secretKey) {
    lines.push(
      "      - name: Variables file (the key added at run time, never committed)",
      "        env:",
      "          OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }}",
      "        run: |",
      "          umask 077",
      '          vars="${RUNNER_TEMP}/${TEMPLATE}.yaml"',
      '          cp "variables/${TEMPLATE}.yaml" "${vars}"',
      `          printf 'openai_api_key: "%s"\\n' "\${OPENAI_API_KEY}" >> "\${vars}"`,
      '          echo "VARS_FILE=${vars}" >> "${GITHUB_ENV}"',
    );
  } else {
    lines.push(
      "      - name: Variables file",
      '        run: echo "VARS_FILE=variables/${TEMPLATE}.yaml" >> "${GITHUB_ENV}"',
    );
  }
  lines.push(
    "      - name: Push without activating",
    "        run: |",
    '          coder templates push "${TEMPLATE}" \\',
    '            -d "dist/${TEMPLATE}/template" \\',
    '            --variables-file "${VARS_FILE}" \\',
    '            --name "${{ steps.version.outputs.name }}" \\',
    '            --message "${{ steps.version.outputs.message }}" \\',
    "            --activate=false --yes",
    "      - name: Smoke check a workspace on the new version",
    "        env:",
    "          WORKSPACE: ci-${{ matrix.template }}-${{ github.run_id }}",
    "        run: |",
    '          coder create "${WORKSPACE}" --template "${TEMPLATE}" \\',
    '            --template-version "${{ steps.version.outputs.name }}" --yes',
    "          coder ssh \"${WORKSPACE}\" --wait yes -- bash -lc 'codex --version && cat ~/.codex-module/state/status'",
    "      - name: Promote",
    "        run: |",
    '          coder templates versions promote --template "${TEMPLATE}" \\',
    '            --template-version "${{ steps.version.outputs.name }}" --yes',
    "      - name: Delete the smoke workspace",
    "        if: always()",
    "        env:",
    "          WORKSPACE: ci-${{ matrix.template }}-${{ github.run_id }}",
    '        run: coder delete "${WORKSPACE}" --yes || true',
    "",
  );
  return lines.join("\n");
}
