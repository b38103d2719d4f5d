#!/usr/bin/env bash
# Helpers shared by the module's scripts (sourced by them; does nothing on its own).
# The runtime contract (paths, ARG_* variables) is packages/codex-runtime/docs/runtime.md.

CODEX_MODULE_DIR="${CODEX_MODULE_DIR:-${HOME}/.codex-module}"
CODEX_HOME="${CODEX_HOME:-${HOME}/.codex}"
CODEX_MODULE_RUN_DIR="${CODEX_MODULE_RUN_DIR:-/tmp/codex-module-run-${UID}}"
export CODEX_MODULE_DIR CODEX_HOME CODEX_MODULE_RUN_DIR
# Where agent-wide steps (the project step) leave <step>.done: the default run dir. A Codex with
# folders of its own (a construct id other than codex) is told it by its wrapper.
CODEX_STEPS_RUN_DIR="${CODEX_STEPS_RUN_DIR:-${CODEX_MODULE_RUN_DIR}}"

STATE_DIR="${CODEX_MODULE_DIR}/state"
LOG_DIR="${CODEX_MODULE_DIR}/logs"

# Paths removed when the script exits (temporary downloads and the like).
CLEANUP_PATHS=()

info() {
  printf '%s\n' "$*"
}

warn() {
  printf 'Warning: %s\n' "$*" >&2
}

# die MESSAGE: the fatal path. The caller's EXIT trap gets MESSAGE from last_error_or.
LAST_ERROR=""
die() {
  LAST_ERROR="$*"
  printf 'Error: %s\n' "$*" >&2
  exit 1
}

# last_error_or FALLBACK: the message of the last die in this shell, or FALLBACK.
last_error_or() {
  printf '%s' "${LAST_ERROR:-$1}"
}

# ensure_module_dirs: the module's folders (state/ is private).
ensure_module_dirs() {
  local dir
  for dir in "${CODEX_MODULE_DIR}/scripts" "${CODEX_MODULE_DIR}/bin" "${LOG_DIR}" "${STATE_DIR}"; do
    ensure_dir "${dir}"
  done
  chmod 700 "${STATE_DIR}"
}

# ensure_dir DIR: mkdir -p, without starting mkdir when DIR is there (every process start counts on
# a restart: see docs/runtime.md, "Restart cost").
ensure_dir() {
  if [[ ! -d "$1" ]]; then
    mkdir -p "$1"
  fi
}

# utc_now: an ISO 8601 timestamp (printf's strftime: no process).
utc_now() {
  TZ=UTC0 printf '%(%Y-%m-%dT%H:%M:%SZ)T\n' -1
}

cleanup_paths() {
  local path
  for path in "${CLEANUP_PATHS[@]}"; do
    rm -rf -- "${path}"
  done
  return 0
}

# now_ms: wall clock in milliseconds.
now_ms() {
  if [[ -n "${EPOCHREALTIME:-}" ]]; then
    local t="${EPOCHREALTIME/[.,]/}"
    printf '%s\n' "$((10#${t} / 1000))"
  else
    date +%s%3N
  fi
}

# elapsed_ms START: milliseconds since START (a now_ms value).
elapsed_ms() {
  local now
  now="$(now_ms)"
  printf '%s\n' "$((now - $1))"
}

# decode_arg NAME: prints the base64-decoded value of the variable NAME ("" when unset or empty).
decode_arg() {
  local name="$1"
  local value="${!name:-}"
  if [[ -z "${value}" ]]; then
    return 0
  fi
  local decoded
  if ! decoded="$(printf '%s' "${value}" | base64 -d 2>/dev/null)"; then
    die "${name} must be base64 (the wrappers encode it), got a value that does not decode"
  fi
  printf '%s' "${decoded}"
}

# require_one_of NAME VALUE ALLOWED...: fails unless VALUE is one of ALLOWED.
require_one_of() {
  local name="$1" value="$2"
  shift 2
  local allowed
  for allowed in "$@"; do
    if [[ "${value}" == "${allowed}" ]]; then
      return 0
    fi
  done
  die "${name} must be one of: $*; got '${value}'"
}

# require_allowed NAME VALUE LIST: fails unless VALUE is one of the allowed values of LIST.
require_allowed() {
  local list
  local -a allowed
  list="$(allowed_values "$3")"
  read -r -a allowed <<<"${list}"
  require_one_of "$1" "$2" "${allowed[@]}"
}

# --- allowed values: generated from src/enums.ts by `npm run generate`; do not edit
# allowed_values LIST: the allowed values of LIST, separated by spaces.
allowed_values() {
  case "$1" in
    auth_sources) printf '%s\n' 'template-variable user-secret ai-gateway custom-provider none' ;;
    tasks_modes) printf '%s\n' 'coder-task ai-prompt-parameter none' ;;
    sandbox_modes) printf '%s\n' 'read-only workspace-write danger-full-access' ;;
    approval_policies) printf '%s\n' 'on-request never on-failure' ;;
    reasoning_efforts) printf '%s\n' 'none minimal low medium high xhigh' ;;
    agents_md_targets) printf '%s\n' 'global folder' ;;
    *) die "internal: no list of allowed values named '$1'" ;;
  esac
}
# --- end of allowed values

# require_bool NAME VALUE
require_bool() {
  require_one_of "$1" "$2" true false
}

# sha256_file PATH: lower-case hex digest.
sha256_file() {
  local out
  if command -v sha256sum >/dev/null 2>&1; then
    out="$(sha256sum -- "$1")"
  else
    out="$(shasum -a 256 -- "$1")"
  fi
  printf '%s\n' "${out%% *}"
}

# sha256_stdin: digest of standard input (keeps secrets out of process arguments).
sha256_stdin() {
  local out
  if command -v sha256sum >/dev/null 2>&1; then
    out="$(sha256sum)"
  else
    out="$(shasum -a 256)"
  fi
  printf '%s\n' "${out%% *}"
}

# write_file PATH MODE CONTENT: atomic write (temporary file in the same folder, then rename). The
# temporary file is created new (noclobber: O_EXCL, so never through an existing file or link) and
# private (umask 077; 022 for a 0644 file) in a subshell, which costs no process start the way
# mktemp and chmod would.
write_file() {
  local path="$1" mode="$2" content="$3" mask=077
  local tmp="${path}.${BASHPID}-${RANDOM}${RANDOM}.tmp"
  if [[ "${mode}" == 644 ]]; then
    mask=022
  fi
  (umask "${mask}" && set -o noclobber && printf '%s' "${content}" >"${tmp}")
  if [[ "${mode}" != 600 && "${mode}" != 644 ]]; then
    chmod "${mode}" "${tmp}"
  fi
  mv -f "${tmp}" "${path}"
}

# write_state NAME CONTENT: one file under state/, private to the user.
write_state() {
  ensure_dir "${STATE_DIR}"
  write_file "${STATE_DIR}/$1" 600 "$2"$'\n'
}

# set_status TEXT: the one-line status shown by the agent metadata.
set_status() {
  write_state status "$1"
}

# read_state_value FILE KEY: value of a `key=value` line in state/FILE ("" when absent).
read_state_value() {
  local file="${STATE_DIR}/$1" key="$2" line
  if [[ ! -f "${file}" ]]; then
    return 0
  fi
  while IFS= read -r line || [[ -n "${line}" ]]; do
    if [[ "${line}" == "${key}="* ]]; then
      printf '%s' "${line#*=}"
      return 0
    fi
  done <"${file}"
  return 0
}

# machine_arch: amd64 or arm64 (names of Go release binaries).
machine_arch() {
  local machine
  machine="$(uname -m)"
  case "${machine}" in
    x86_64 | amd64) printf 'amd64\n' ;;
    aarch64 | arm64) printf 'arm64\n' ;;
    *) die "unsupported CPU architecture '${machine}': only x86_64 (amd64) and aarch64 (arm64) are supported" ;;
  esac
}

# prepend_path DIR: puts DIR first on PATH when it exists and is not there yet.
prepend_path() {
  if [[ -d "$1" && ":${PATH}:" != *":$1:"* ]]; then
    PATH="$1:${PATH}"
    export PATH
  fi
}

# module_path_setup: the module's own Node.js, npm prefix and binaries come first.
module_path_setup() {
  prepend_path "${CODEX_MODULE_DIR}/bin"
  prepend_path "${CODEX_MODULE_DIR}/node/bin"
  prepend_path "${CODEX_MODULE_DIR}/npm/bin"
}

# trim TEXT: TEXT without leading and trailing whitespace.
trim() {
  local s="$1"
  s="${s#"${s%%[![:space:]]*}"}"
  s="${s%"${s##*[![:space:]]}"}"
  printf '%s' "${s}"
}

# json_string TEXT: TEXT as a JSON string literal.
json_string() {
  local s="$1" code char
  s="${s//\\/\\\\}"
  s="${s//\"/\\\"}"
  s="${s//$'\n'/\\n}"
  s="${s//$'\r'/\\r}"
  s="${s//$'\t'/\\t}"
  for code in 1 2 3 4 5 6 7 8 11 12 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31; do
    printf -v char '%b' "\\x$(printf '%02x' "${code}")"
    if [[ "${s}" == *"${char}"* ]]; then
      s="${s//"${char}"/$(printf '\\u%04x' "${code}")}"
    fi
  done
  printf '"%s"' "${s}"
}

# read_folder_arg: FOLDER from ARG_FOLDER (base64), which must be an absolute path.
read_folder_arg() {
  FOLDER="$(decode_arg ARG_FOLDER)"
  if [[ -z "${FOLDER}" || "${FOLDER}" != /* ]]; then
    die "ARG_FOLDER must be an absolute path, got '${FOLDER}'"
  fi
}

# begin_step_run STEP TITLE: logs "=== TITLE, <time> ===", makes the private run folder and removes
# STEP.done and STEP.failed left there by an earlier run in this boot, so that nothing waiting on
# the step goes ahead of this run. The caller's EXIT trap leaves the new marker.
begin_step_run() {
  local step="$1" title="$2" stamp
  stamp="$(utc_now)"
  info "=== ${title}, ${stamp} ==="
  ensure_dir "${CODEX_MODULE_RUN_DIR}"
  if [[ ! -O "${CODEX_MODULE_RUN_DIR}" ]]; then
    die "${CODEX_MODULE_RUN_DIR} belongs to another user; set CODEX_MODULE_RUN_DIR to a folder of your own"
  fi
  chmod 700 "${CODEX_MODULE_RUN_DIR}"
  if [[ -e "${CODEX_MODULE_RUN_DIR}/${step}.done" || -e "${CODEX_MODULE_RUN_DIR}/${step}.failed" ]]; then
    rm -f "${CODEX_MODULE_RUN_DIR}/${step}.done" "${CODEX_MODULE_RUN_DIR}/${step}.failed"
  fi
}

# end_step_run STEP RC: leaves this run's marker for what waits on STEP: STEP.done (the time) when
# RC is 0, else STEP.failed with the reason (the last die's message, or STEP.sh's exit status),
# which STEP_FAILURE is set to.
end_step_run() {
  local step="$1" rc="$2" stamp
  STEP_FAILURE=""
  if [[ "${rc}" -eq 0 ]]; then
    stamp="$(utc_now)"
    if [[ -e "${CODEX_MODULE_RUN_DIR}/${step}.failed" ]]; then
      rm -f "${CODEX_MODULE_RUN_DIR}/${step}.failed"
    fi
    write_file "${CODEX_MODULE_RUN_DIR}/${step}.done" 644 "${stamp}"$'\n'
  else
    STEP_FAILURE="$(last_error_or "${step}.sh exited with status ${rc}")"
    write_file "${CODEX_MODULE_RUN_DIR}/${step}.failed" 644 "${STEP_FAILURE}"$'\n'
  fi
}

# live_cmdline PID: sets CMDLINE to the command line of PID (arguments joined by spaces), or to ""
# when PID is not a number or not a live process this user may signal, or is gone by the read.
live_cmdline() {
  local pid="$1"
  CMDLINE=""
  if [[ ! "${pid}" =~ ^[0-9]+$ ]] || ! kill -0 "${pid}" 2>/dev/null; then
    return 0
  fi
  # The process may exit between the checks and the read (it is being stopped): then "".
  CMDLINE="$(tr '\0' ' ' 2>/dev/null <"/proc/${pid}/cmdline")" || CMDLINE=""
}

# is_our_agentapi PID: sets OURS=1 when PID is alive and is an agentapi server.
is_our_agentapi() {
  live_cmdline "$1"
  OURS=0
  if [[ "${CMDLINE}" == *agentapi*" server "* ]]; then
    OURS=1
  fi
}

# stop_ours PID IS_OURS WHAT: when the function IS_OURS (it sets OURS=1 for a PID that runs what
# this module started) says PID is ours, stops it: SIGTERM, up to 10 s to exit, then SIGKILL.
stop_ours() {
  local pid="$1" is_ours="$2" what="$3" i
  "${is_ours}" "${pid}"
  if [[ "${OURS}" -eq 0 ]]; then
    return 0
  fi
  info "Stopping the ${what} started earlier (PID ${pid})…"
  kill -TERM "${pid}" 2>/dev/null || true
  for ((i = 0; i < 50; i++)); do
    "${is_ours}" "${pid}"
    if [[ "${OURS}" -eq 0 ]]; then
      break
    fi
    sleep 0.2
  done
  "${is_ours}" "${pid}"
  if [[ "${OURS}" -eq 1 ]]; then
    warn "${what} (PID ${pid}) did not stop within 10 s; killing it"
    kill -KILL "${pid}" 2>/dev/null || true
    sleep 0.2
  fi
}
