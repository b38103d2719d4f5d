#!/usr/bin/env bash
# code-server script, run by the Coder agent on every workspace start (the `CodeServer` construct).
#
# Installs the pinned code-server release once (a restart finds it and skips the download),
# verifying the tarball's sha256 when one is given, then starts it on 127.0.0.1 in the project
# folder, without its own login (Coder's app proxy checks access), and waits until /healthz answers.
# Inputs are the ARG_* variables of docs/runtime.md.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "${SCRIPT_DIR}/lib.sh"

CURL_OPTS=(--fail --silent --show-error --location --connect-timeout 10 --max-time 900
  --retry 5 --retry-delay 2 --retry-connrefused)
READY_TIMEOUT_SECONDS=90
STARTED_MS="$(now_ms)"
LOG_FILE="${LOG_DIR}/code-server.log"
PID_FILE="${CODEX_MODULE_RUN_DIR}/code-server.pid"
# The marker a finished install leaves next to the release, with the tarball's sha256.
INSTALLED_MARKER=".installed-by-codex-module"

on_exit() {
  local rc=$? reason
  cleanup_paths
  if [[ "${rc}" -ne 0 ]]; then
    reason="$(last_error_or "code-server.sh exited with status ${rc}")"
    write_state code-server "code-server failed: ${reason} (see ~/.codex-module/logs/code-server-install.log)"
  fi
}

read_args() {
  read_folder_arg
  URL_BASE="$(decode_arg ARG_CODE_SERVER_URL_BASE)"
  URL_BASE="${URL_BASE:-https://github.com/coder/code-server/releases/download}"
  VERSION="${ARG_CODE_SERVER_VERSION:-}"
  PORT="${ARG_CODE_SERVER_PORT:-13337}"
  SHA256_AMD64="${ARG_CODE_SERVER_SHA256_AMD64:-}"
  SHA256_ARM64="${ARG_CODE_SERVER_SHA256_ARM64:-}"

  if [[ ! "${VERSION}" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]]; then
    die "ARG_CODE_SERVER_VERSION must be an exact release like 4.139.1, got '${VERSION}'"
  fi
  if [[ ! "${PORT}" =~ ^[0-9]{1,5}$ ]] || ((10#${PORT} < 1 || 10#${PORT} > 65535)); then
    die "ARG_CODE_SERVER_PORT must be a TCP port (1-65535), got '${PORT}'"
  fi
  PORT=$((10#${PORT}))
  local sha
  for sha in "${SHA256_AMD64}" "${SHA256_ARM64}"; do
    if [[ -n "${sha}" && ! "${sha}" =~ ^[0-9a-f]{64}$ ]]; then
      die "ARG_CODE_SERVER_SHA256_AMD64/ARM64 must be 64 lower-case hex digits, got '${sha}'"
    fi
  done
  if [[ ! "${URL_BASE}" =~ ^https?://[^[:space:]]+$ ]]; then
    die "ARG_CODE_SERVER_URL_BASE must be an http:// or https:// URL, got '${URL_BASE}'"
  fi
}

# install_code_server: downloads and unpacks the release unless this version is installed already.
install_code_server() {
  local arch expected name url dir marker started took tmp actual
  arch="$(machine_arch)"
  expected="${SHA256_AMD64}"
  if [[ "${arch}" == arm64 ]]; then
    expected="${SHA256_ARM64}"
  fi
  name="code-server-${VERSION}-linux-${arch}"
  url="${URL_BASE%/}/v${VERSION}/${name}.tar.gz"
  dir="${CODEX_MODULE_DIR}/code-server/${VERSION}"
  marker="${dir}/${INSTALLED_MARKER}"
  CODE_SERVER_BIN="${dir}/bin/code-server"
  if [[ -f "${marker}" && -x "${CODE_SERVER_BIN}" ]]; then
    local recorded
    recorded="$(<"${marker}")"
    if [[ -z "${expected}" || "${recorded}" == "sha256=${expected}" ]]; then
      info "code-server ${VERSION} is installed (${dir}); skipping the download."
      return 0
    fi
    info "code-server ${VERSION} is installed but not from a tarball with the configured sha256; installing it again."
  fi

  started="$(now_ms)"
  mkdir -p "${CODEX_MODULE_DIR}/code-server"
  tmp="$(mktemp -d "${CODEX_MODULE_DIR}/code-server/.download.XXXXXX")"
  CLEANUP_PATHS+=("${tmp}")
  info "Downloading code-server ${VERSION} from ${url}…"
  curl "${CURL_OPTS[@]}" --output "${tmp}/${name}.tar.gz" "${url}" || die "could not download ${url}"
  actual="$(sha256_file "${tmp}/${name}.tar.gz")"
  if [[ -n "${expected}" && "${actual}" != "${expected}" ]]; then
    die "checksum mismatch for ${url}: expected sha256 ${expected}, got ${actual}; refusing to install it"
  fi
  if [[ -z "${expected}" ]]; then
    warn "no sha256 configured for ${name}.tar.gz (got ${actual}); installing it unverified"
  fi
  tar -xzf "${tmp}/${name}.tar.gz" -C "${tmp}"
  if [[ ! -x "${tmp}/${name}/bin/code-server" ]]; then
    die "${url} has no ${name}/bin/code-server"
  fi
  write_file "${tmp}/${name}/${INSTALLED_MARKER}" 644 "sha256=${actual}"
  rm -rf "${dir}"
  mv "${tmp}/${name}" "${dir}"
  took="$(elapsed_ms "${started}")"
  info "Installed code-server ${VERSION} (sha256 ${actual}${expected:+, verified}) in ${took} ms."
}

# is_our_code_server PID: sets OURS=1 when PID is alive and runs this module's code-server.
is_our_code_server() {
  live_cmdline "$1"
  OURS=0
  if [[ "${CMDLINE}" == *"${CODEX_MODULE_DIR}/code-server/"* ]]; then
    OURS=1
  fi
}

stop_previous() {
  if [[ ! -f "${PID_FILE}" ]]; then
    return 0
  fi
  stop_ours "$(<"${PID_FILE}")" is_our_code_server code-server
  rm -f "${PID_FILE}"
}

# check_health: sets HEALTHY=1 when /healthz answers.
check_health() {
  HEALTHY=0
  if curl --silent --fail --output /dev/null --max-time 2 "http://127.0.0.1:${PORT}/healthz"; then
    HEALTHY=1
  fi
}

start_code_server() {
  local pid waited started launcher=() stamp
  check_health
  if [[ "${HEALTHY}" -eq 1 ]]; then
    die "port ${PORT} is already in use by another program; set a different code-server port"
  fi
  mkdir -p "${FOLDER}"
  if command -v setsid >/dev/null 2>&1; then
    launcher=(setsid)
  fi
  stamp="$(utc_now)"
  printf '=== %s code-server %s on 127.0.0.1:%s ===\n' "${stamp}" "${VERSION}" "${PORT}" >>"${LOG_FILE}"
  # No password: Coder's app proxy authenticates users before anything reaches this port.
  (cd "${FOLDER}" && exec "${launcher[@]}" nohup "${CODE_SERVER_BIN}" --auth none \
    --bind-addr "127.0.0.1:${PORT}" --disable-telemetry --disable-update-check "${FOLDER}") \
    </dev/null >>"${LOG_FILE}" 2>&1 &
  pid=$!
  write_file "${PID_FILE}" 644 "${pid}"$'\n'
  started="$(now_ms)"
  while true; do
    check_health
    if [[ "${HEALTHY}" -eq 1 ]]; then
      break
    fi
    if ! kill -0 "${pid}" 2>/dev/null; then
      tail -n 30 "${LOG_FILE}" >&2 || true
      die "code-server (PID ${pid}) exited; see ${LOG_FILE}"
    fi
    waited="$(elapsed_ms "${started}")"
    if ((waited >= READY_TIMEOUT_SECONDS * 1000)); then
      die "code-server did not answer http://127.0.0.1:${PORT}/healthz within ${READY_TIMEOUT_SECONDS} s; see ${LOG_FILE}"
    fi
    sleep 0.25
  done
  waited="$(elapsed_ms "${started}")"
  info "code-server ${VERSION} (PID ${pid}) answers on 127.0.0.1:${PORT} after ${waited} ms, in ${FOLDER}."
}

main() {
  local stamp took
  stamp="$(utc_now)"
  info "=== code-server, ${stamp} ==="
  trap on_exit EXIT
  read_args
  ensure_module_dirs
  mkdir -p "${CODEX_MODULE_RUN_DIR}"
  chmod 700 "${CODEX_MODULE_RUN_DIR}"
  write_state code-server "code-server: installing ${VERSION}…"
  install_code_server
  stop_previous
  start_code_server
  took="$(elapsed_ms "${STARTED_MS}")"
  write_state code-server "code-server ${VERSION} is running on port ${PORT}"
  info "code-server.sh took ${took} ms."
}

main "$@"
