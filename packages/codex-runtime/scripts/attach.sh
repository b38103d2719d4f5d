#!/usr/bin/env bash
# Opens the Codex session that AgentAPI runs (the "Codex CLI" app). Generated templates run it as
#   bash "$HOME/.codex-module/scripts/attach.sh"
set -euo pipefail

module_dir="${CODEX_MODULE_DIR:-${HOME}/.codex-module}"
port="${ARG_AGENTAPI_PORT:-3284}"
agentapi="${module_dir}/bin/agentapi"
if [[ ! -x "${agentapi}" ]]; then
  agentapi="$(command -v agentapi || true)"
fi
if [[ -z "${agentapi}" ]]; then
  printf 'Error: AgentAPI is not installed yet; see %s/logs/install.log\n' "${module_dir}" >&2
  exit 1
fi
export LANG="${LANG:-C.UTF-8}"
export LC_ALL="${LC_ALL:-C.UTF-8}"
exec "${agentapi}" attach --url "localhost:${port}"
