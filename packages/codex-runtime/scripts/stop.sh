#!/usr/bin/env bash
# Codex module: stop script, run by the Coder agent when the workspace stops (run_on_stop).
#
# Makes the AgentAPI that start.sh started save its conversation (SIGUSR1 writes the state file
# without exiting), posts a snapshot of the last messages to Coder when the workspace runs a Coder
# Task (so a paused task still shows its log), then stops AgentAPI with SIGTERM (which saves the
# state once more and closes Codex, whose session files stay on disk for `codex resume`). Inputs
# are the ARG_* variables of docs/runtime.md. Problems with AgentAPI or Coder are warnings: the
# stop script never holds up the workspace stop.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "${SCRIPT_DIR}/lib.sh"

PID_FILE="${CODEX_MODULE_RUN_DIR}/agentapi.pid"
STATE_FILE="${STATE_DIR}/agentapi-state.json"
# What Coder's log-snapshot endpoint takes (upstream's agentapi module used the same bounds).
SNAPSHOT_MESSAGES=10
SNAPSHOT_MAX_BYTES=65536

read_args() {
  PORT="${ARG_AGENTAPI_PORT:-3284}"
  TASK_ID="${ARG_TASK_ID:-}"
  LOG_SNAPSHOT="${ARG_LOG_SNAPSHOT:-true}"
  if [[ ! "${PORT}" =~ ^[0-9]{1,5}$ ]] || ((10#${PORT} < 1 || 10#${PORT} > 65535)); then
    die "ARG_AGENTAPI_PORT must be a TCP port (1-65535), got '${PORT}'"
  fi
  PORT=$((10#${PORT}))
  if [[ ! "${TASK_ID}" =~ ^[0-9A-Fa-f-]*$ ]]; then
    die "ARG_TASK_ID must be a task UUID or empty, got '${TASK_ID}'"
  fi
  require_bool ARG_LOG_SNAPSHOT "${LOG_SNAPSHOT}"
  BASE_URL="http://127.0.0.1:${PORT}"
}

# agentapi_pid: prints the PID of the AgentAPI server start.sh started, or nothing.
agentapi_pid() {
  local pid
  [[ -f "${PID_FILE}" ]] || return 0
  pid="$(<"${PID_FILE}")"
  is_our_agentapi "${pid}"
  if [[ "${OURS}" -eq 1 ]]; then
    printf '%s' "${pid}"
  fi
}

# save_state PID: SIGUSR1, then waits (up to 5 s) for AgentAPI to log the outcome.
save_state() {
  local pid="$1" log="${LOG_DIR}/agentapi.log" before after i
  before="$(wc -l <"${log}" 2>/dev/null || echo 0)"
  kill -USR1 "${pid}" 2>/dev/null || return 0
  for ((i = 0; i < 50; i++)); do
    after="$(tail -n "+$((before + 1))" "${log}" 2>/dev/null || true)"
    if [[ "${after}" == *"State saved successfully"* || "${after}" == *"Skipping state save"* ]]; then
      info "AgentAPI saved its conversation (${STATE_FILE})."
      return 0
    fi
    if [[ "${after}" == *"Failed to save state"* ]]; then
      warn "AgentAPI could not save its conversation; see ${log}"
      return 0
    fi
    sleep 0.1
  done
  warn "AgentAPI did not confirm saving its conversation within 5 s; stopping it saves it again"
}

# post_log_snapshot: the last messages to Coder's task log-snapshot endpoint (Coder Tasks only).
post_log_snapshot() {
  if [[ "${LOG_SNAPSHOT}" != true || -z "${TASK_ID}" ]]; then
    return 0
  fi
  if [[ -z "${CODER_AGENT_URL:-}" || -z "${CODER_AGENT_TOKEN:-}" ]]; then
    warn "no CODER_AGENT_URL/CODER_AGENT_TOKEN in the environment; the task log snapshot is skipped"
    return 0
  fi
  local messages snapshot code
  messages="$(curl --silent --fail --max-time 5 "${BASE_URL}/messages" 2>/dev/null)" || {
    warn "AgentAPI did not answer GET /messages; the task log snapshot is skipped"
    return 0
  }
  module_path_setup
  snapshot="$(printf '%s' "${messages}" | node -e '
    const [count, max] = process.argv.slice(1).map(Number);
    let text = "";
    process.stdin.on("data", (c) => (text += c)).on("end", () => {
      // AgentAPI keeps the whole Codex screen in each agent message, every line padded to the
      // terminal width (about 80 KB a message): trimmed, the answers fit instead of the padding.
      const trim = (content) =>
        String(content ?? "")
          .split("\n")
          .map((line) => line.trimEnd())
          .join("\n")
          .replace(/^\n+|\n+$/g, "");
      const all = (JSON.parse(text).messages ?? []).map((m) => ({ ...m, content: trim(m.content) }));
      let kept = all.slice(-count);
      const size = () => Buffer.byteLength(JSON.stringify({ messages: kept }));
      while (kept.length > 1 && size() > max) kept = kept.slice(1);
      const last = kept[kept.length - 1];
      if (last && size() > max) {
        const room = Math.max(0, max - 1024);
        last.content = Buffer.from(last.content).subarray(-room).toString();
      }
      process.stdout.write(JSON.stringify({ messages: kept }));
    });' "${SNAPSHOT_MESSAGES}" "${SNAPSHOT_MAX_BYTES}" 2>/dev/null)" || {
    warn "could not trim the messages for the task log snapshot; skipped"
    return 0
  }
  code="$(printf '%s' "${snapshot}" | curl --silent --output /dev/null --max-time 10 \
    --write-out '%{http_code}' --header 'Content-Type: application/json' \
    --header "Coder-Session-Token: ${CODER_AGENT_TOKEN}" --data-binary @- \
    "${CODER_AGENT_URL%/}/api/v2/workspaceagents/me/tasks/${TASK_ID}/log-snapshot?format=agentapi" \
    2>/dev/null)" || code="no answer"
  case "${code}" in
    2??) info "Posted the task log snapshot (${#snapshot} bytes) to Coder." ;;
    404) info "This Coder version has no task log snapshots (404); skipped." ;;
    *) warn "Coder did not take the task log snapshot (HTTP ${code})" ;;
  esac
}

# stop_agentapi PID: SIGTERM (AgentAPI saves its state and closes Codex), SIGKILL after 15 s.
stop_agentapi() {
  local pid="$1" i
  kill -TERM "${pid}" 2>/dev/null || return 0
  for ((i = 0; i < 150; i++)); do
    if ! kill -0 "${pid}" 2>/dev/null; then
      info "AgentAPI stopped."
      rm -f "${PID_FILE}"
      return 0
    fi
    sleep 0.1
  done
  warn "AgentAPI (PID ${pid}) did not stop within 15 s; killing it"
  kill -KILL "${pid}" 2>/dev/null || true
  rm -f "${PID_FILE}"
}

main() {
  local stamp pid
  stamp="$(utc_now)"
  info "=== Codex stop, ${stamp} ==="
  read_args
  pid="$(agentapi_pid)"
  if [[ -z "${pid}" ]]; then
    info "AgentAPI is not running; nothing to save."
    return 0
  fi
  # The log shows (the AgentAPI log's timestamps) when the stop script asked for each step.
  printf '=== %s stop.sh: save state, snapshot, stop ===\n' "${stamp}" >>"${LOG_DIR}/agentapi.log"
  save_state "${pid}"
  post_log_snapshot
  stop_agentapi "${pid}"
  set_status "Codex is stopped; the conversation is saved and resumes on the next start."
}

ensure_module_dirs
main
