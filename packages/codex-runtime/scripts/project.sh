#!/usr/bin/env bash
# Project script, run by the Coder agent on every workspace start (the `Project` construct).
#
# Clones the repository into the project folder on the first start (a folder that already holds a
# checkout, or anything else, is never touched), then runs the workspace's setup script in the
# folder, and finally leaves project.done (or project.failed) in the run dir: Codex's start script
# waits for one of them and starts either way. Inputs are the ARG_* variables of docs/runtime.md.
#
# Secrets: a Coder external-auth token reaches this script only as the environment variable named
# by ARG_GIT_TOKEN_ENV. git reads it through a GIT_ASKPASS helper that prints that variable (the
# helper's file holds the variable's name, not the token); it is never a process argument, never
# printed, and never stored (credential helpers are switched off for the clone). The setup script
# runs without it. Never add `set -x` here.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "${SCRIPT_DIR}/lib.sh"

PROJECT_STARTED_MS="$(now_ms)"
SETUP_LOG="${LOG_DIR}/setup.log"
# What the agent metadata shows; each step sets it.
STATUS=""
# A failure that must be reported (exit 1) after the remaining steps ran.
FAILURE=""

on_exit() {
  local rc=$? took
  cleanup_paths
  took="$(elapsed_ms "${PROJECT_STARTED_MS}")"
  end_step_run project "${rc}"
  if [[ "${rc}" -eq 0 ]]; then
    info "Project ready in ${took} ms."
  elif [[ -z "${STATUS}" ]]; then
    STATUS="Project: ${STEP_FAILURE} (see ~/.codex-module/logs/project.log)"
  fi
  if [[ -n "${STATUS}" ]]; then
    write_state project "${STATUS}"
  fi
}

# begin_run: from here on, every exit leaves project.done or project.failed.
begin_run() {
  begin_step_run project "Project"
  trap on_exit EXIT
}

read_args() {
  read_folder_arg
  REPO_URL="$(decode_arg ARG_REPO_URL)"
  REPO_BRANCH="$(decode_arg ARG_REPO_BRANCH)"
  SETUP_SCRIPT="$(decode_arg ARG_SETUP_SCRIPT)"
  TOKEN_ENV="${ARG_GIT_TOKEN_ENV:-}"
  GIT_USERNAME="${ARG_GIT_USERNAME:-oauth2}"
  CLONE_TIMEOUT="${ARG_CLONE_TIMEOUT_SECONDS:-900}"

  if [[ -n "${TOKEN_ENV}" && ! "${TOKEN_ENV}" =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]]; then
    die "ARG_GIT_TOKEN_ENV must be an environment variable name, got '${TOKEN_ENV}'"
  fi
  if [[ ! "${GIT_USERNAME}" =~ ^[A-Za-z0-9._-]+$ ]]; then
    die "ARG_GIT_USERNAME must be a plain user name, got '${GIT_USERNAME}'"
  fi
  if [[ ! "${CLONE_TIMEOUT}" =~ ^[0-9]+$ ]]; then
    die "ARG_CLONE_TIMEOUT_SECONDS must be a whole number of seconds, got '${CLONE_TIMEOUT}'"
  fi
}

# url_problem URL: why URL cannot be cloned ("" when it can). Never echoes a credential.
url_problem() {
  local url="$1"
  if [[ "${url}" == -* ]]; then
    printf 'it starts with "-"'
  elif [[ "${url}" =~ [[:space:][:cntrl:]] ]]; then
    printf 'it contains whitespace or control characters'
  elif [[ "${url}" =~ ^https?://[^/]*@ ]]; then
    printf 'it carries credentials (user@ or user:password@); declare Coder external auth instead'
  elif [[ ! "${url}" =~ ^(https?|ssh|git)://[^/]+/.+ && ! "${url}" =~ ^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:.+ ]]; then
    printf 'it is not an https://, http://, ssh://, git:// or user@host:path URL'
  fi
}

# branch_problem BRANCH: why BRANCH is not a usable branch name ("" when it is).
branch_problem() {
  local branch="$1"
  if [[ -z "${branch}" ]]; then
    return 0
  fi
  if ! git check-ref-format --branch "${branch}" >/dev/null 2>&1 || [[ "${branch}" == -* ]]; then
    printf "'%s' is not a valid branch name" "${branch}"
  fi
}

# folder_state: "checkout" (a git work tree: left alone), "empty" (absent or empty: cloned into) or
# "occupied" (anything else: left alone, never overwritten).
folder_state() {
  local -a entries=()
  if [[ -e "${FOLDER}/.git" ]]; then
    printf 'checkout'
    return 0
  fi
  if [[ ! -e "${FOLDER}" ]]; then
    printf 'empty'
    return 0
  fi
  if [[ -d "${FOLDER}" ]]; then
    shopt -s nullglob dotglob
    entries=("${FOLDER}"/*)
    shopt -u nullglob dotglob
    if [[ "${#entries[@]}" -eq 0 ]]; then
      printf 'empty'
      return 0
    fi
  fi
  printf 'occupied'
}

# write_askpass: a GIT_ASKPASS helper that answers git's prompts from the token variable.
write_askpass() {
  local dir="$1"
  write_file "${dir}/askpass.sh" 700 "#!/bin/sh
# Answers git's credential prompts for the project clone (written by project.sh; holds no secret).
case \"\$1\" in
  Username*) printf '%s\\n' '${GIT_USERNAME}' ;;
  *) printf '%s\\n' \"\${${TOKEN_ENV}}\" ;;
esac
"
}

clone_repository() {
  if [[ -z "${REPO_URL}" ]]; then
    info "No repository configured: the project folder is used as it is."
    STATUS="Project: no repository configured (${FOLDER})"
    mkdir -p "${FOLDER}"
    return 0
  fi
  local problem
  problem="$(url_problem "${REPO_URL}")"
  if [[ -n "${problem}" ]]; then
    # The URL is only echoed when it carries no credentials.
    if [[ "${problem}" == *credentials* ]]; then
      FAILURE="the repository URL is refused: ${problem}"
    else
      FAILURE="the repository URL '${REPO_URL}' is refused: ${problem}"
    fi
    return 0
  fi
  if ! command -v git >/dev/null 2>&1; then
    FAILURE="the workspace image has no git, so ${REPO_URL} was not cloned"
    return 0
  fi
  problem="$(branch_problem "${REPO_BRANCH}")"
  if [[ -n "${problem}" ]]; then
    FAILURE="the repository branch is refused: ${problem}"
    return 0
  fi
  local state
  state="$(folder_state)"
  if [[ "${state}" == checkout ]]; then
    info "${FOLDER} already holds a git checkout: left as it is (no fetch, no checkout)."
    STATUS="Project: existing checkout in ${FOLDER} kept"
    return 0
  fi
  if [[ "${state}" == occupied ]]; then
    FAILURE="${FOLDER} is not empty and is not a git checkout, so ${REPO_URL} was not cloned into it (nothing there was changed); empty it or pick another folder"
    return 0
  fi

  local askpass_dir started took rc=0
  local -a branch_args=() auth_env=()
  if [[ -n "${REPO_BRANCH}" ]]; then
    branch_args=(--branch "${REPO_BRANCH}")
  fi
  askpass_dir="$(mktemp -d "${CODEX_MODULE_DIR}/.askpass.XXXXXX")"
  CLEANUP_PATHS+=("${askpass_dir}")
  if [[ -n "${TOKEN_ENV}" && -n "${!TOKEN_ENV:-}" ]]; then
    write_askpass "${askpass_dir}"
    auth_env=(GIT_ASKPASS="${askpass_dir}/askpass.sh")
    info "Cloning ${REPO_URL}${REPO_BRANCH:+ (branch ${REPO_BRANCH})} into ${FOLDER} with the Coder external-auth token…"
  else
    info "Cloning ${REPO_URL}${REPO_BRANCH:+ (branch ${REPO_BRANCH})} into ${FOLDER}…"
  fi
  mkdir -p "$(dirname -- "${FOLDER}")"
  started="$(now_ms)"
  # No terminal prompts, no credential helper that could store the token, only network transports.
  env "${auth_env[@]}" GIT_TERMINAL_PROMPT=0 GIT_ALLOW_PROTOCOL=https:http:ssh:git \
    timeout "${CLONE_TIMEOUT}" git -c credential.helper= clone --no-progress \
    "${branch_args[@]}" -- "${REPO_URL}" "${FOLDER}" </dev/null || rc=$?
  took="$(elapsed_ms "${started}")"
  if [[ "${rc}" -ne 0 ]]; then
    # git removes what it cloned; keep an empty folder so the rest of the workspace has it.
    mkdir -p "${FOLDER}"
    if [[ "${rc}" -eq 124 ]]; then
      FAILURE="cloning ${REPO_URL} timed out after ${CLONE_TIMEOUT} s"
    else
      FAILURE="cloning ${REPO_URL} failed (git exit status ${rc}; the reason is in the lines above)"
    fi
    return 0
  fi
  local head
  head="$(git -C "${FOLDER}" rev-parse --abbrev-ref HEAD 2>/dev/null || true)"
  info "Cloned ${REPO_URL} (branch ${head:-unknown}) in ${took} ms."
  STATUS="Project: cloned ${REPO_URL} (${head:-unknown})"
  export CODER_PROJECT_CLONED=true
}

# run_setup: the workspace's setup script, in the folder, on every start, logged to setup.log.
run_setup() {
  local stamp
  if [[ -z "${SETUP_SCRIPT}" ]]; then
    return 0
  fi
  if [[ -n "${FAILURE}" ]]; then
    info "The setup script is skipped: the project is not ready (${FAILURE})."
    stamp="$(utc_now)"
    printf '=== %s setup script skipped: %s ===\n' "${stamp}" "${FAILURE}" >>"${SETUP_LOG}"
    return 0
  fi
  local file="${CODEX_MODULE_DIR}/scripts/setup.sh" started took rc=0
  local -a unset_token=()
  if [[ -n "${TOKEN_ENV}" ]]; then
    unset_token=(-u "${TOKEN_ENV}")
  fi
  write_file "${file}" 700 "${SETUP_SCRIPT}"$'\n'
  info "Running the setup script in ${FOLDER} (log: ${SETUP_LOG})…"
  stamp="$(utc_now)"
  printf '=== %s setup script ===\n' "${stamp}" >>"${SETUP_LOG}"
  started="$(now_ms)"
  (cd "${FOLDER}" && env "${unset_token[@]}" CODER_PROJECT_FOLDER="${FOLDER}" \
    CODER_PROJECT_CLONED="${CODER_PROJECT_CLONED:-false}" bash "${file}") </dev/null >>"${SETUP_LOG}" 2>&1 || rc=$?
  took="$(elapsed_ms "${started}")"
  if [[ "${rc}" -ne 0 ]]; then
    tail -n 20 "${SETUP_LOG}" >&2 || true
    FAILURE="the setup script failed with exit status ${rc} after ${took} ms; see ${SETUP_LOG}"
    return 0
  fi
  info "The setup script finished in ${took} ms."
  STATUS="${STATUS}; setup script done"
}

main() {
  begin_run
  read_args
  ensure_module_dirs
  module_path_setup
  write_state project "Project: preparing ${FOLDER}…"
  clone_repository
  run_setup
  if [[ -n "${FAILURE}" ]]; then
    STATUS="Project: ${FAILURE} (Codex starts anyway; see ~/.codex-module/logs/project.log)"
    die "${FAILURE}"
  fi
}

main "$@"
