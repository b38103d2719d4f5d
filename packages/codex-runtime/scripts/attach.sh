#!/usr/bin/env bash
# Opens the Codex session that AgentAPI runs (the "Codex CLI" app). Generated templates run it as
#   bash "$HOME/.codex-module/scripts/attach.sh" --port <the AgentAPI port>
# (a Codex with a construct id other than codex: from $HOME/.codex-module-<slug>/scripts/). Its
# module dir is the folder above its own, unless CODEX_MODULE_DIR says otherwise.
# The port comes from the app's command because a terminal app does not get the start script's
# environment; without --port, ARG_AGENTAPI_PORT or AgentAPI's default 3284 is used.
set -euo pipefail

port="${ARG_AGENTAPI_PORT:-3284}"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --port)
      if [[ $# -lt 2 ]]; then
        printf 'Error: --port needs a value\n' >&2
        exit 2
      fi
      port="$2"
      shift 2
      ;;
    *)
      printf 'Error: unexpected argument %s (usage: attach.sh [--port PORT])\n' "$1" >&2
      exit 2
      ;;
  esac
done
if [[ ! "${port}" =~ ^[0-9]{1,5}$ ]] || ((10#${port} < 1 || 10#${port} > 65535)); then
  printf "Error: --port must be a TCP port (1-65535), got '%s'\n" "${port}" >&2
  exit 2
fi

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
module_dir="${CODEX_MODULE_DIR:-${script_dir%/scripts}}"
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
exec "${agentapi}" attach --url "localhost:$((10#${port}))"
