#!/usr/bin/env bash
# Codex module: start script, run by the Coder agent on every workspace start.
#
# Waits for install.sh (install.done / install.failed in the run dir), stops an AgentAPI this module
# started earlier, probes Codex's bwrap sandbox and falls back to danger-full-access when it cannot
# work (saying so in the log and state/sandbox), starts `agentapi server --type codex -- codex
# --no-daemon` in the project folder in the background with its state file (so the conversation of
# the last start comes back), resumes Codex's last session in the folder (`codex resume --last`)
# when there is one (with config.toml's current model, reasoning, approval policy and sandbox mode,
# and a new session when the model provider changed or the resume fails), waits until AgentAPI
# answers, and sends the task prompt as the first user message: once per task, never again on a
# later start. Inputs are the ARG_* variables of docs/runtime.md.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "${SCRIPT_DIR}/lib.sh"

# How long AgentAPI may take to answer /status, and Codex to become idle for the task prompt.
READY_TIMEOUT_SECONDS=60
STABLE_TIMEOUT_SECONDS=180
# Put in front of the task prompt when ARG_REPORT_TASKS=true.
REPORT_INSTRUCTION="Keep Coder informed while you work: after every step, call the coder_report_task tool (Coder MCP server) with a one-line summary and a state: working while you are busy, complete when the task is done, failure if you cannot finish it. Do the whole task in one go without waiting for more input. The task:"

START_STARTED_MS="$(now_ms)"
PID_FILE="${CODEX_MODULE_RUN_DIR}/agentapi.pid"
# On the home volume: the conversation survives a stop/start of the workspace (stop.sh saves it).
AGENTAPI_STATE_FILE="${STATE_DIR}/agentapi-state.json"
AGENTAPI_LOG="${LOG_DIR}/agentapi.log"
# The logs and state as messages show them (~/.codex-module/logs).
SHOWN_LOG_DIR="${LOG_DIR/#"${HOME}"/\~}"
SHOWN_STATE_DIR="${STATE_DIR/#"${HOME}"/\~}"
CODEX_ARGS=(--no-daemon)
SANDBOX_SUMMARY=""

read_args() {
  read_folder_arg
  TASK_PROMPT="$(decode_arg ARG_TASK_PROMPT)"
  CHAT_BASE_PATH="$(decode_arg ARG_AGENTAPI_CHAT_BASE_PATH)"
  REPORT_TASKS="${ARG_REPORT_TASKS:-false}"
  PORT="${ARG_AGENTAPI_PORT:-3284}"
  SANDBOX_MODE="${ARG_SANDBOX_MODE:-}"
  INSTALL_WAIT_SECONDS="${ARG_INSTALL_WAIT_SECONDS:-900}"
  WAIT_FOR="${ARG_WAIT_FOR:-}"
  WAIT_FOR_SECONDS="${ARG_WAIT_FOR_SECONDS:-1800}"
  RESUME="${ARG_RESUME:-true}"
  TASK_ID="${ARG_TASK_ID:-}"
  TASK_APPROVAL_POLICY="${ARG_TASK_APPROVAL_POLICY:-}"

  require_bool ARG_REPORT_TASKS "${REPORT_TASKS}"
  require_bool ARG_RESUME "${RESUME}"
  if [[ ! "${TASK_ID}" =~ ^[0-9A-Fa-f-]*$ ]]; then
    die "ARG_TASK_ID must be a task UUID or empty, got '${TASK_ID}'"
  fi
  if [[ -n "${TASK_APPROVAL_POLICY}" ]]; then
    require_allowed ARG_TASK_APPROVAL_POLICY "${TASK_APPROVAL_POLICY}" approval_policies
  fi
  if [[ ! "${PORT}" =~ ^[0-9]{1,5}$ ]] || ((10#${PORT} < 1 || 10#${PORT} > 65535)); then
    die "ARG_AGENTAPI_PORT must be a TCP port (1-65535), got '${PORT}'"
  fi
  PORT=$((10#${PORT}))
  if [[ -n "${SANDBOX_MODE}" ]]; then
    require_allowed ARG_SANDBOX_MODE "${SANDBOX_MODE}" sandbox_modes
  fi
  if [[ ! "${INSTALL_WAIT_SECONDS}" =~ ^[0-9]+$ ]]; then
    die "ARG_INSTALL_WAIT_SECONDS must be a whole number of seconds, got '${INSTALL_WAIT_SECONDS}'"
  fi
  if [[ ! "${WAIT_FOR}" =~ ^([a-z0-9-]+(,[a-z0-9-]+)*)?$ ]]; then
    die "ARG_WAIT_FOR must be comma-separated step names like project, got '${WAIT_FOR}'"
  fi
  if [[ ! "${WAIT_FOR_SECONDS}" =~ ^[0-9]+$ ]]; then
    die "ARG_WAIT_FOR_SECONDS must be a whole number of seconds, got '${WAIT_FOR_SECONDS}'"
  fi
  if [[ -n "${CHAT_BASE_PATH}" && "${CHAT_BASE_PATH}" != /* ]]; then
    die "ARG_AGENTAPI_CHAT_BASE_PATH must start with /, got '${CHAT_BASE_PATH}'"
  fi
  BASE_URL="http://127.0.0.1:${PORT}"
}

wait_for_install() {
  local started waited reason next_note=30000
  started="$(now_ms)"
  while true; do
    if [[ -f "${CODEX_MODULE_RUN_DIR}/install.failed" ]]; then
      reason="$(cat "${CODEX_MODULE_RUN_DIR}/install.failed")"
      die "the install script failed (${reason}); Codex is not started. See ${SHOWN_LOG_DIR}/install.log"
    fi
    waited="$(elapsed_ms "${started}")"
    if [[ -f "${CODEX_MODULE_RUN_DIR}/install.done" ]]; then
      info "The install script is done (waited ${waited} ms)."
      return 0
    fi
    if ((waited >= INSTALL_WAIT_SECONDS * 1000)); then
      die "the install script did not finish within ${INSTALL_WAIT_SECONDS} s (ARG_INSTALL_WAIT_SECONDS); Codex is not started"
    fi
    if ((waited >= next_note)); then
      info "Still waiting for the install script ($((waited / 1000)) s)…"
      next_note=$((next_note + 30000))
    fi
    # The Coder agent starts install.sh and start.sh together; on a restart install.sh takes a few
    # hundred ms, so a short poll keeps Codex from starting up to half a second late.
    sleep 0.1
  done
}

# wait_for_steps: waits for the steps Codex starts after (ARG_WAIT_FOR, e.g. the project clone and
# setup script), each of which leaves <step>.done or <step>.failed in the default run dir
# (CODEX_STEPS_RUN_DIR). A failed or late step is logged and Codex starts anyway: the step's own
# status says what went wrong.
wait_for_steps() {
  local step started waited reason next_note=30000
  local -a steps=()
  if [[ -z "${WAIT_FOR}" ]]; then
    return 0
  fi
  IFS=, read -r -a steps <<<"${WAIT_FOR}"
  started="$(now_ms)"
  for step in "${steps[@]}"; do
    while true; do
      waited="$(elapsed_ms "${started}")"
      if [[ -f "${CODEX_STEPS_RUN_DIR}/${step}.failed" ]]; then
        reason="$(cat "${CODEX_STEPS_RUN_DIR}/${step}.failed")"
        warn "the ${step} step failed (${reason}); Codex starts anyway (see ~/.codex-module/logs/${step}.log)"
        break
      fi
      if [[ -f "${CODEX_STEPS_RUN_DIR}/${step}.done" ]]; then
        info "The ${step} step is done (waited ${waited} ms)."
        break
      fi
      if ((waited >= WAIT_FOR_SECONDS * 1000)); then
        warn "the ${step} step did not finish within ${WAIT_FOR_SECONDS} s (ARG_WAIT_FOR_SECONDS); Codex starts without waiting longer"
        break
      fi
      if ((waited >= next_note)); then
        info "Still waiting for the ${step} step ($((waited / 1000)) s)…"
        next_note=$((next_note + 30000))
      fi
      sleep 0.1
    done
  done
}

# check_auth: without a key in user-secret mode there is nothing to start; the status says what to do.
check_auth() {
  local login auth_source env_name
  login="$(read_state_value auth login)"
  auth_source="$(read_state_value auth source)"
  env_name="$(read_state_value auth env)"
  if [[ "${login}" == missing ]]; then
    info "Codex is not started: there is no OpenAI API key yet (see ${SHOWN_STATE_DIR}/status)."
    exit 0
  fi
  if [[ "${login}" == apikey && "${env_name}" =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]]; then
    # Codex uses its auth.json; the commands it runs need not see the key.
    unset "${env_name}"
    info "Auth: API key login (${auth_source})."
  elif [[ -n "${auth_source}" ]]; then
    info "Auth: ${auth_source}."
  fi
}

resolve_binaries() {
  module_path_setup
  CODEX_BIN="$(command -v codex || true)"
  AGENTAPI_BIN="$(command -v agentapi || true)"
  if [[ -z "${CODEX_BIN}" ]]; then
    die "no codex found (looked in ${CODEX_MODULE_DIR}/npm/bin and on PATH)"
  fi
  if [[ -z "${AGENTAPI_BIN}" ]]; then
    die "no agentapi found (looked in ${CODEX_MODULE_DIR}/bin and on PATH)"
  fi
}

stop_previous_agentapi() {
  if [[ ! -f "${PID_FILE}" ]]; then
    check_port_free
    return 0
  fi
  stop_ours "$(<"${PID_FILE}")" is_our_agentapi AgentAPI
  rm -f "${PID_FILE}"
  check_port_free
}

# check_port_free: something else answering on the port would be taken for this start's AgentAPI
# (which could not listen there), so the start fails and says so.
check_port_free() {
  if curl --silent --output /dev/null --max-time 2 "${BASE_URL}/status"; then
    die "port ${PORT} is already in use by another program; set a different AgentAPI port"
  fi
}

# probe_sandbox: Codex's sandbox on Linux is bubblewrap, which needs to create namespaces. A default
# Docker container forbids that, and then every command Codex runs in read-only or workspace-write
# mode fails. Probe with the requested mode; when it fails, run Codex with danger-full-access
# (the workspace container is then the only boundary) and say so. The probe (Codex itself, without
# the npm launcher's Node.js start: native_codex; then bwrap) runs in the background from
# begin_sandbox_probe while the steps that do not depend on it run; probe_sandbox waits for it.
begin_sandbox_probe() {
  PROBE_PID=""
  PROBE_OUT="${CODEX_MODULE_RUN_DIR}/sandbox-probe.out"
  PROBE_STARTED="$(now_ms)"
  if [[ "${SANDBOX_MODE}" == danger-full-access ]]; then
    return 0
  fi
  # With no mode given, Codex's own default (read-only or workspace-write) needs bwrap just the same.
  PROBE_MODE="${SANDBOX_MODE:-read-only}"
  local probe_bin
  probe_bin="$(native_codex)"
  (cd "${FOLDER}" && exec timeout 60 "${probe_bin}" sandbox -c "sandbox_mode=\"${PROBE_MODE}\"" -- true) \
    </dev/null >"${PROBE_OUT}" 2>&1 &
  PROBE_PID=$!
}

# native_codex: the Codex binary the module's npm launcher (npm/bin/codex, a Node.js script) would
# run: the one executable vendor/<target>/bin/codex of the platform package it resolves next to
# it. The sandbox probe runs it directly, which saves a Node.js start; anything else (another
# layout, another codex on PATH) prints CODEX_BIN, the launcher.
native_codex() {
  local file found=""
  if [[ "${CODEX_BIN}" == "${CODEX_MODULE_DIR}/npm/bin/codex" ]]; then
    for file in "${CODEX_MODULE_DIR}"/npm/lib/node_modules/@openai/codex/node_modules/@openai/codex-linux-*/vendor/*-unknown-linux-musl/bin/codex; do
      if [[ -x "${file}" && -z "${found}" ]]; then
        found="${file}"
      elif [[ -x "${file}" ]]; then
        found="" # more than one: leave the choice to the launcher
        break
      fi
    done
  fi
  printf '%s\n' "${found:-${CODEX_BIN}}"
}

probe_sandbox() {
  local requested="${SANDBOX_MODE}" probe_mode="${PROBE_MODE:-}" out="" rc=0 first_line stamp took
  stamp="$(utc_now)"
  if [[ "${requested}" == danger-full-access ]]; then
    SANDBOX_SUMMARY="danger-full-access (as configured)"
    write_state sandbox "mode=danger-full-access"$'\n'"requested=danger-full-access"$'\n'"reason=configured; no probe needed"$'\n'"checked=${stamp}"
    info "Sandbox: danger-full-access, as configured."
    return 0
  fi
  wait "${PROBE_PID}" || rc=$?
  PROBE_PID=""
  took="$(elapsed_ms "${PROBE_STARTED}")"
  out="$(<"${PROBE_OUT}")"
  rm -f "${PROBE_OUT}"
  if [[ "${rc}" -eq 0 ]]; then
    SANDBOX_SUMMARY="${requested:-Codex default}"
    write_state sandbox "mode=${requested:-default}"$'\n'"requested=${requested:-default}"$'\n'"reason=the sandbox probe (codex sandbox -c sandbox_mode=\"${probe_mode}\" -- true) passed"$'\n'"checked=${stamp}"
    info "Sandbox: the ${probe_mode} probe passed in ${took} ms; Codex keeps its sandbox (${SANDBOX_SUMMARY})."
    return 0
  fi
  first_line="$(printf '%s\n' "${out}" | grep -v '^[[:space:]]*$' | grep -m1 -i 'bwrap\|namespace\|sandbox\|error' || true)"
  if [[ -z "${first_line}" ]]; then
    first_line="$(printf '%s\n' "${out}" | grep -m1 -v '^[[:space:]]*$' || true)"
  fi
  first_line="${first_line:-exit status ${rc}}"
  CODEX_ARGS+=(-c 'sandbox_mode="danger-full-access"')
  SANDBOX_SUMMARY="danger-full-access (fallback: the ${probe_mode} sandbox cannot run here)"
  write_state sandbox "mode=danger-full-access"$'\n'"requested=${requested:-default}"$'\n'"reason=fallback: the sandbox probe (codex sandbox -c sandbox_mode=\"${probe_mode}\" -- true) failed with exit status ${rc}: ${first_line}"$'\n'"checked=${stamp}"
  warn "Codex's sandbox (bubblewrap) cannot run in this workspace (probe: ${took} ms): ${first_line}"
  warn "Codex runs with sandbox_mode=\"danger-full-access\" instead of ${requested:-its default}: commands are NOT sandboxed; the workspace container is the only isolation. To keep the sandbox, allow user namespaces in the container (e.g. Docker --security-opt seccomp=unconfined --security-opt apparmor=unconfined) or install a setuid bwrap."
}

# choose_approval_policy: a task runs unattended, so nobody would see an approval prompt; it gets
# ARG_TASK_APPROVAL_POLICY (default never: Codex runs commands inside its sandbox without asking).
# Without a task prompt the workspace is interactive and keeps config.toml's approval_policy.
choose_approval_policy() {
  local prompt
  prompt="$(trim "${TASK_PROMPT}")"
  if [[ -n "${prompt}" && -n "${TASK_APPROVAL_POLICY}" ]]; then
    CODEX_ARGS+=(-c "approval_policy=\"${TASK_APPROVAL_POLICY}\"")
    info "Approval policy for this task: ${TASK_APPROVAL_POLICY} (unattended; ARG_TASK_APPROVAL_POLICY)."
  fi
}

# find_codex_session: the newest session Codex recorded in FOLDER (the first line of each
# ~/.codex/sessions/**/rollout-*.jsonl is its session_meta, naming its cwd and model provider), the
# one `codex resume --last` continues. Sets SESSION_META to that line, or "" when there is none.
find_codex_session() {
  local file first needle files newest=""
  SESSION_META=""
  [[ -d "${CODEX_HOME}/sessions" ]] || return 0
  needle="\"cwd\":$(json_string "${FOLDER}")"
  files="$(find "${CODEX_HOME}/sessions" -type f -name 'rollout-*.jsonl' -print 2>/dev/null || true)"
  while IFS= read -r file; do
    [[ -n "${file}" ]] || continue
    # Newest by modification time: Codex appends to the session it runs.
    if [[ -n "${newest}" && ! "${file}" -nt "${newest}" ]]; then
      continue
    fi
    first=""
    IFS= read -r first <"${file}" || true
    if [[ "${first}" == *"${needle}"* ]]; then
      newest="${file}"
      SESSION_META="${first}"
    fi
  done <<<"${files}"
}

# read_session_settings: what config.toml says now about the settings a resumed session would
# otherwise take from its record (model, reasoning effort and summary, approval policy, sandbox
# mode): merge-config.mjs --session-settings prints model_provider=<id> and key=<TOML value> lines.
# Sets CONFIG_PROVIDER (a JSON string) and RESUME_OVERRIDES (-c arguments; keys CODEX_ARGS already
# sets, like a task's approval policy or the sandbox fallback, are left to CODEX_ARGS). Leaves
# CONFIG_PROVIDER empty when config.toml cannot be read (a result, not a status: set -e stays on).
read_session_settings() {
  local out="${SESSION_SETTINGS_OUT}" line key arg taken
  CONFIG_PROVIDER=""
  RESUME_OVERRIDES=()
  if [[ "${SESSION_SETTINGS_RC}" -ne 0 ]]; then
    warn "could not read ${CODEX_HOME}/config.toml for the resume: ${out}"
    return 0
  fi
  while IFS= read -r line; do
    [[ "${line}" == *=* ]] || continue
    key="${line%%=*}"
    if [[ "${key}" == model_provider ]]; then
      CONFIG_PROVIDER="${line#*=}"
      continue
    fi
    taken=0
    for arg in "${CODEX_ARGS[@]}"; do
      if [[ "${arg}" == "${key}="* ]]; then taken=1; fi
    done
    if [[ "${taken}" -eq 0 ]]; then
      RESUME_OVERRIDES+=(-c "${line}")
    fi
  done <<<"${out}"
}

# prepare_session: finds the session to resume (find_codex_session) and, when there is one, runs
# merge-config.mjs --session-settings (a Node.js start, while the sandbox probe runs); its output
# is read by read_session_settings once the probe has decided the sandbox arguments.
prepare_session() {
  SESSION_META=""
  SESSION_SETTINGS_OUT=""
  SESSION_SETTINGS_RC=0
  if [[ "${RESUME}" != true ]]; then
    return 0
  fi
  find_codex_session
  if [[ -n "${SESSION_META}" ]]; then
    SESSION_SETTINGS_OUT="$(node "${CODEX_MODULE_DIR}/scripts/merge-config.mjs" --session-settings "${CODEX_HOME}/config.toml" 2>&1 </dev/null)" ||
      SESSION_SETTINGS_RC=$?
  fi
}

# choose_session: `codex resume --last` continues the most recent session in FOLDER, so Codex
# keeps the context of the conversation AgentAPI shows again from its state file. A resumed session
# keeps the model, reasoning, approval policy and sandbox mode it was recorded with unless they are
# given with -c, so config.toml's current values are passed (a template change of the model, or
# the user's /model choice, applies; a sandbox fallback of an earlier start does not stick). Codex
# cannot switch a session's model provider: after a provider change Codex starts a new session.
choose_session() {
  CODEX_SUBCOMMAND=()
  RESUMING=0
  if [[ "${RESUME}" != true ]]; then
    info "ARG_RESUME=false: Codex starts a new session."
    return 0
  fi
  if [[ -z "${SESSION_META}" ]]; then
    info "No earlier Codex session in ${FOLDER}; Codex starts a new one."
    return 0
  fi
  read_session_settings
  if [[ -z "${CONFIG_PROVIDER}" ]]; then
    warn "Codex starts a new session instead of resuming one whose settings it cannot check"
    return 0
  fi
  if [[ "${SESSION_META}" != *"\"model_provider\":${CONFIG_PROVIDER}"* ]]; then
    info "Codex's last session in ${FOLDER} used another model provider than config.toml now names (${CONFIG_PROVIDER}); a session cannot change its provider, so Codex starts a new session."
    return 0
  fi
  CODEX_SUBCOMMAND=("${RESUME_OVERRIDES[@]}" resume --last)
  RESUMING=1
  # Kept until Codex is up: resume_or_start_new puts it back should the resume fail.
  if [[ -f "${AGENTAPI_STATE_FILE}" ]]; then
    cp -p "${AGENTAPI_STATE_FILE}" "${AGENTAPI_STATE_FILE}.before-resume"
  fi
  info "Resuming Codex's last session in ${FOLDER} (codex resume --last), with config.toml's current settings: ${RESUME_OVERRIDES[*]:-none}."
}

start_agentapi() {
  local -a args=(server --type codex --port "${PORT}")
  if [[ -n "${CHAT_BASE_PATH}" ]]; then
    args+=(--chat-base-path "${CHAT_BASE_PATH}")
  fi
  args+=(--state-file "${AGENTAPI_STATE_FILE}" --pid-file "${PID_FILE}")
  args+=(-- "${CODEX_BIN}" "${CODEX_ARGS[@]}" "${CODEX_SUBCOMMAND[@]}")
  # Coder's app proxy checks access itself and forwards with the workspace's own host names.
  export AGENTAPI_ALLOWED_HOSTS="${AGENTAPI_ALLOWED_HOSTS:-*}"
  export LANG="${LANG:-C.UTF-8}"

  local stamp launcher=()
  stamp="$(utc_now)"
  AGENTAPI_LOG_LINES="$(wc -l <"${AGENTAPI_LOG}" 2>/dev/null || echo 0)"
  printf '=== %s agentapi %s ===\n' "${stamp}" "${args[*]}" >>"${AGENTAPI_LOG}"
  if command -v setsid >/dev/null 2>&1; then
    # Its own session, so it outlives the Coder agent's script process group.
    launcher=(setsid)
  fi
  (cd "${FOLDER}" && exec "${launcher[@]}" nohup "${AGENTAPI_BIN}" "${args[@]}") </dev/null >>"${AGENTAPI_LOG}" 2>&1 &
  AGENTAPI_PID=$!
  # AgentAPI writes PID_FILE itself (--pid-file; for stop.sh) and removes it when it exits.
  info "Started AgentAPI (PID ${AGENTAPI_PID}) on port ${PORT} in ${FOLDER}: codex ${CODEX_ARGS[*]} ${CODEX_SUBCOMMAND[*]}"
}

# resume_or_start_new: a resumed Codex that exits before it shows its input box (a session it
# cannot load) takes AgentAPI with it. Then the conversation file is put back as it was (AgentAPI
# saves its screen on the way out) and Codex starts a new session, saying why.
resume_or_start_new() {
  local backup="${AGENTAPI_STATE_FILE}.before-resume" reason
  if [[ "${RESUMING}" -ne 1 ]]; then
    return 0
  fi
  wait_for_status stable "${STABLE_TIMEOUT_SECONDS}" soft
  if [[ "${AGENTAPI_EXITED}" -eq 0 ]]; then
    info "Codex resumed its last session (stable after ${LAST_WAIT_MS} ms)."
    rm -f "${backup}"
    return 0
  fi
  # Codex's own words from this start's part of the AgentAPI log: the screen AgentAPI printed, its
  # lines padded and wrapped at the terminal width, joined again up to the next blank line.
  reason="$(tail -n "+$((AGENTAPI_LOG_LINES + 1))" "${AGENTAPI_LOG}" | grep -v '^time=' |
    awk '/Error:/ { p = 1 } p && NF == 0 { exit } p { sub(/^[ \t]+/, ""); sub(/[ \t]+$/, ""); printf "%s", $0 }' |
    cut -c1-400 || true)"
  warn "Codex could not resume its last session (${reason:-AgentAPI exited}); Codex starts a new session instead (see ${AGENTAPI_LOG})"
  if [[ -f "${backup}" ]]; then
    mv -f "${backup}" "${AGENTAPI_STATE_FILE}"
  fi
  CODEX_SUBCOMMAND=()
  RESUMING=0
  start_agentapi
}

# agentapi_status: prints AgentAPI's status ("stable", "running", …), or "" when it does not answer.
agentapi_status() {
  local body=""
  body="$(curl --silent --fail --max-time 2 "${BASE_URL}/status" 2>/dev/null || true)"
  if [[ "${body}" =~ \"status\":\"([a-z]+)\" ]]; then
    printf '%s' "${BASH_REMATCH[1]}"
  fi
}

# wait_for_status WANT SECONDS [soft]: waits until /status answers (WANT=any) or reports WANT.
# Dies when AgentAPI exits, or with "soft" sets AGENTAPI_EXITED=1 then (0 when WANT was reached).
wait_for_status() {
  local want="$1" seconds="$2" soft="${3:-}" started waited status
  AGENTAPI_EXITED=0
  started="$(now_ms)"
  while true; do
    status="$(agentapi_status)"
    waited="$(elapsed_ms "${started}")"
    if [[ -n "${status}" && ("${want}" == any || "${status}" == "${want}") ]]; then
      LAST_WAIT_MS="${waited}"
      return 0
    fi
    if ! kill -0 "${AGENTAPI_PID}" 2>/dev/null; then
      if [[ "${soft}" == soft ]]; then
        AGENTAPI_EXITED=1
        return 0
      fi
      tail -n 30 "${AGENTAPI_LOG}" >&2 || true
      die "AgentAPI (PID ${AGENTAPI_PID}) exited; see ${AGENTAPI_LOG}"
    fi
    if ((waited >= seconds * 1000)); then
      die "AgentAPI on port ${PORT} did not report ${want/any/an answer} within ${seconds} s (last status: ${status:-none}); see ${AGENTAPI_LOG}"
    fi
    sleep 0.1
  done
}

# post_message TEXT: POST /message; sets POST_CODE and POST_BODY (AgentAPI's answer).
post_message() {
  local body out rc=0
  body="{\"content\":$(json_string "$1"),\"type\":\"user\"}"
  out="$(printf '%s' "${body}" | curl --silent --show-error --max-time 120 --write-out '\n%{http_code}' \
    --header 'Content-Type: application/json' --data-binary @- "${BASE_URL}/message" 2>&1)" || rc=$?
  POST_CODE="${out##*$'\n'}"
  POST_BODY="${out%$'\n'*}"
  if [[ "${rc}" -ne 0 ]]; then
    POST_CODE="curl exit status ${rc}"
  fi
}

send_task_prompt() {
  local prompt message digest previous previous_task attempt
  prompt="$(trim "${TASK_PROMPT}")"
  if [[ -z "${prompt}" ]]; then
    rm -f "${STATE_DIR}/task-prompt"
    return 0
  fi
  message="${prompt}"
  if [[ "${REPORT_TASKS}" == true ]]; then
    message="${REPORT_INSTRUCTION}"$'\n\n'"${prompt}"
  fi
  digest="$(printf '%s' "${message}" | sha256_stdin)"
  # Once per task: Coder's task id when there is one (the prompt of a task never changes), else
  # the prompt's digest (the "AI Prompt" parameter).
  previous="$(read_state_value task-prompt sha256)"
  previous_task="$(read_state_value task-prompt task)"
  if [[ -n "${TASK_ID}" && "${previous_task}" == "${TASK_ID}" ]] ||
    [[ -z "${TASK_ID}" && "${previous}" == "${digest}" ]]; then
    info "The task prompt was already sent on an earlier start; not sending it again."
    return 0
  fi
  set_status "Codex is starting; the task prompt is sent when it is ready…"
  for attempt in 1 2 3 4 5; do
    wait_for_status stable "${STABLE_TIMEOUT_SECONDS}"
    info "Codex is idle after ${LAST_WAIT_MS} ms; sending the task prompt."
    post_message "${message}"
    if [[ "${POST_CODE}" == 200 && "${POST_BODY}" == *'"ok":true'* ]]; then
      write_state task-prompt "task=${TASK_ID}"$'\n'"sha256=${digest}"
      info "Sent the task prompt (${#message} characters)."
      return 0
    fi
    # Only a refusal before anything was typed is safe to retry: Codex's screen changed between
    # the status check and the message.
    if [[ "${POST_BODY}" != *"waiting for user input"* ]]; then
      break
    fi
    info "AgentAPI was busy again (attempt ${attempt}); retrying."
    sleep 1
  done
  die "AgentAPI did not take the task prompt (POST ${BASE_URL}/message: ${POST_CODE} ${POST_BODY})"
}

finish() {
  local took
  took="$(elapsed_ms "${START_STARTED_MS}")"
  set_status "Codex is running (AgentAPI port ${PORT}; sandbox: ${SANDBOX_SUMMARY})"
  info "Codex is running; start.sh took ${took} ms."
}

on_exit() {
  local rc=$? reason
  # A start that failed before the sandbox probe's answer was read leaves no probe behind.
  if [[ -n "${PROBE_PID:-}" ]]; then
    kill "${PROBE_PID}" 2>/dev/null || true
    rm -f "${PROBE_OUT}"
  fi
  if [[ "${rc}" -ne 0 ]]; then
    reason="$(last_error_or "start.sh exited with status ${rc}")"
    set_status "Codex start failed: ${reason} (see ${SHOWN_LOG_DIR}/start.log)"
  fi
}

begin() {
  local stamp
  stamp="$(utc_now)"
  info "=== Codex start, ${stamp} ==="
  trap on_exit EXIT
}

begin
read_args
ensure_module_dirs
wait_for_install
wait_for_steps
check_auth
resolve_binaries
begin_sandbox_probe
stop_previous_agentapi
prepare_session
probe_sandbox
choose_approval_policy
choose_session
start_agentapi
resume_or_start_new
wait_for_status any "${READY_TIMEOUT_SECONDS}"
info "AgentAPI answers on ${BASE_URL} (after ${LAST_WAIT_MS} ms)."
send_task_prompt
finish
