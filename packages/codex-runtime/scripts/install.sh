#!/usr/bin/env bash
# Codex module: install script, run by the Coder agent on every workspace start.
#
# Installs the pinned Codex CLI (only when the installed version differs), merges the managed
# config.toml, logs Codex in from the configured key source, writes AGENTS.md, installs a verified
# AgentAPI binary, and finally leaves install.done (or install.failed) in the run dir for start.sh.
# Inputs are the ARG_* variables of docs/runtime.md. Running it again changes nothing that is
# already in place.
#
# Secrets: the API key is read from the environment variable named by ARG_API_KEY_ENV and piped into
# `codex login --with-api-key` on stdin. It is never printed, never a process argument, and only
# Codex's own auth.json (0600) holds it. Never add `set -x` here.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "${SCRIPT_DIR}/lib.sh"

AGENTS_MD_BEGIN="<!-- codex-module:begin (managed by the Coder template; edits inside this block are replaced on every start) -->"
AGENTS_MD_END="<!-- codex-module:end -->"
# Downloads: fail on HTTP errors, follow redirects, bounded time, retry transient failures.
CURL_OPTS=(--fail --silent --show-error --location --connect-timeout 10 --max-time 600
  --retry 5 --retry-delay 2 --retry-connrefused)

INSTALL_STARTED_MS="$(now_ms)"
# The logs as messages show them (~/.codex-module/logs).
SHOWN_LOG_DIR="${LOG_DIR/#"${HOME}"/\~}"
AUTH_MISSING_MESSAGE=""
# The background sha256 of an installed AgentAPI (begin_agentapi_hash).
AGENTAPI_HASH_PID=""
AGENTAPI_HASH_OUT=""
# The --version line of the Codex at CODEX_VERSION_BIN, when install_codex learned it.
CODEX_VERSION_LINE=""
CODEX_VERSION_BIN=""

on_exit() {
  local rc=$? took
  if [[ -n "${AGENTAPI_HASH_PID}" ]]; then
    kill "${AGENTAPI_HASH_PID}" 2>/dev/null || true
  fi
  cleanup_paths
  end_step_run install "${rc}"
  if [[ "${rc}" -eq 0 ]]; then
    took="$(elapsed_ms "${INSTALL_STARTED_MS}")"
    info "Install finished in ${took} ms."
  else
    set_status "Codex install failed: ${STEP_FAILURE} (see ${SHOWN_LOG_DIR}/install.log)"
  fi
}

# begin_run: from here on, every exit leaves install.done or install.failed for start.sh.
begin_run() {
  begin_step_run install "Codex install"
  trap on_exit EXIT
}

read_args() {
  read_folder_arg
  PRE_INSTALL_SCRIPT="$(decode_arg ARG_PRE_INSTALL_SCRIPT)"
  POST_INSTALL_SCRIPT="$(decode_arg ARG_POST_INSTALL_SCRIPT)"
  AGENTS_MD="$(decode_arg ARG_AGENTS_MD)"
  AGENTAPI_URL_BASE="$(decode_arg ARG_AGENTAPI_URL_BASE)"
  AGENTAPI_URL_BASE="${AGENTAPI_URL_BASE:-https://github.com/coder/agentapi/releases/download}"

  INSTALL_CODEX="${ARG_INSTALL_CODEX:-true}"
  CODEX_VERSION="${ARG_CODEX_VERSION:-latest}"
  CODEX_NPM_PACKAGE="${ARG_CODEX_NPM_PACKAGE:-@openai/codex}"
  NODE_DIST_URL="${ARG_NODE_DIST_URL:-https://nodejs.org/dist}"
  NODE_VERSION="${ARG_NODE_VERSION:-}"
  NODE_VERSION="${NODE_VERSION#v}"
  AUTH_SOURCE="${ARG_AUTH_SOURCE:-none}"
  API_KEY_ENV="${ARG_API_KEY_ENV:-OPENAI_API_KEY}"
  AGENTS_MD_TARGET="${ARG_AGENTS_MD_TARGET:-global}"
  INSTALL_AGENTAPI="${ARG_INSTALL_AGENTAPI:-true}"
  REPLACE_LINKS="${ARG_REPLACE_LINKS:-true}"
  AGENTAPI_VERSION="${ARG_AGENTAPI_VERSION:-}"

  require_bool ARG_INSTALL_CODEX "${INSTALL_CODEX}"
  require_bool ARG_INSTALL_AGENTAPI "${INSTALL_AGENTAPI}"
  require_bool ARG_REPLACE_LINKS "${REPLACE_LINKS}"
  require_allowed ARG_AUTH_SOURCE "${AUTH_SOURCE}" auth_sources
  require_allowed ARG_AGENTS_MD_TARGET "${AGENTS_MD_TARGET}" agents_md_targets
  if [[ ! "${API_KEY_ENV}" =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]]; then
    die "ARG_API_KEY_ENV must be an environment variable name, got '${API_KEY_ENV}'"
  fi
  if [[ "${CODEX_VERSION}" != latest && ! "${CODEX_VERSION}" =~ ^[0-9]+\.[0-9]+\.[0-9]+([-+][0-9A-Za-z.-]+)?$ ]]; then
    die "ARG_CODEX_VERSION must be an exact version like 0.169.0, or latest; got '${CODEX_VERSION}'"
  fi
  if [[ "${INSTALL_AGENTAPI}" == true && ! "${AGENTAPI_VERSION}" =~ ^v?[0-9]+\.[0-9]+\.[0-9]+([-+][0-9A-Za-z.-]+)?$ ]]; then
    die "ARG_AGENTAPI_VERSION must be a release tag like v0.12.1 when ARG_INSTALL_AGENTAPI=true, got '${AGENTAPI_VERSION}'"
  fi
  if [[ -n "${NODE_VERSION}" && ! "${NODE_VERSION}" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]]; then
    die "ARG_NODE_VERSION must be an exact version like 20.20.2, got '${NODE_VERSION}'"
  fi
}

prepare_dirs() {
  ensure_module_dirs
  if [[ ! -d "${CODEX_HOME}" ]]; then
    mkdir -p "${CODEX_HOME}"
    chmod 700 "${CODEX_HOME}"
  fi
  ensure_dir "${FOLDER}"
  set_status "Installing Codex…"
  module_path_setup
}

# run_user_script pre|post SCRIPT_TEXT: runs it with bash in the folder, logged to its own file.
run_user_script() {
  local phase="$1" text="$2"
  if [[ -z "${text}" ]]; then
    return 0
  fi
  local file="${CODEX_MODULE_DIR}/scripts/${phase}_install.sh"
  local log="${LOG_DIR}/${phase}_install.log"
  local started stamp took rc=0
  write_file "${file}" 700 "${text}"$'\n'
  info "Running the ${phase}-install script (log: ${log})…"
  started="$(now_ms)"
  stamp="$(utc_now)"
  printf '=== %s %s-install script ===\n' "${stamp}" "${phase}" >>"${log}"
  (cd "${FOLDER}" && bash "${file}") </dev/null >>"${log}" 2>&1 || rc=$?
  if [[ "${rc}" -ne 0 ]]; then
    tail -n 20 "${log}" >&2 || true
    die "the ${phase}-install script failed with exit status ${rc}; see ${log}"
  fi
  took="$(elapsed_ms "${started}")"
  info "The ${phase}-install script finished in ${took} ms."
}

# ensure_node NEED_NPM: makes `node` (and `npm` when NEED_NPM is 1) available. When the image has
# none, Node.js is downloaded from ARG_NODE_DIST_URL into the module dir, and the tarball is checked
# against the release's SHASUMS256.txt.
ensure_node() {
  local need_npm="$1"
  local have_node=0 have_npm=0
  if command -v node >/dev/null 2>&1; then have_node=1; fi
  if command -v npm >/dev/null 2>&1; then have_npm=1; fi
  if [[ "${have_node}" -eq 1 && ("${need_npm}" -eq 0 || "${have_npm}" -eq 1) ]]; then
    return 0
  fi
  local node_dir="${CODEX_MODULE_DIR}/node"
  if [[ -z "${NODE_VERSION}" ]]; then
    die "Node.js and npm are needed (the Codex CLI is an npm package) but the image has none, and ARG_NODE_VERSION is empty"
  fi
  local cached=""
  if [[ -x "${node_dir}/bin/node" ]]; then
    cached="$("${node_dir}/bin/node" --version 2>/dev/null || true)"
  fi
  if [[ "${cached}" == "v${NODE_VERSION}" ]]; then
    prepend_path "${node_dir}/bin"
    return 0
  fi

  local arch node_arch=x64
  arch="$(machine_arch)"
  if [[ "${arch}" == arm64 ]]; then
    node_arch=arm64
  fi
  local name="node-v${NODE_VERSION}-linux-${node_arch}"
  local base="${NODE_DIST_URL%/}/v${NODE_VERSION}"
  local tmp started
  started="$(now_ms)"
  tmp="$(mktemp -d "${CODEX_MODULE_DIR}/.node-download.XXXXXX")"
  CLEANUP_PATHS+=("${tmp}")
  info "No Node.js/npm in the image: installing Node.js v${NODE_VERSION} from ${base}/${name}.tar.gz…"
  curl "${CURL_OPTS[@]}" --output "${tmp}/SHASUMS256.txt" "${base}/SHASUMS256.txt" ||
    die "could not download ${base}/SHASUMS256.txt"
  curl "${CURL_OPTS[@]}" --output "${tmp}/${name}.tar.gz" "${base}/${name}.tar.gz" ||
    die "could not download ${base}/${name}.tar.gz"
  local expected="" sum file actual
  while read -r sum file; do
    if [[ "${file}" == "${name}.tar.gz" ]]; then
      expected="${sum,,}"
    fi
  done <"${tmp}/SHASUMS256.txt"
  if [[ -z "${expected}" ]]; then
    die "${base}/SHASUMS256.txt has no entry for ${name}.tar.gz; refusing to install Node.js"
  fi
  actual="$(sha256_file "${tmp}/${name}.tar.gz")"
  if [[ "${actual}" != "${expected}" ]]; then
    die "checksum mismatch for ${base}/${name}.tar.gz: expected sha256 ${expected} (SHASUMS256.txt), got ${actual}; refusing to install it"
  fi
  tar -xzf "${tmp}/${name}.tar.gz" -C "${tmp}"
  if [[ ! -x "${tmp}/${name}/bin/node" ]]; then
    die "${base}/${name}.tar.gz has no ${name}/bin/node"
  fi
  rm -rf "${node_dir}"
  mv "${tmp}/${name}" "${node_dir}"
  prepend_path "${node_dir}/bin"
  local version took
  version="$(node --version)"
  took="$(elapsed_ms "${started}")"
  info "Installed Node.js ${version} (sha256 verified) in ${took} ms."
}

# codex_files_fingerprint: path, type, link target, size, mtime, ctime and inode of every file and
# folder under the module's npm prefix (the launcher, package.json, the native binary; -H: the
# prefix may be a link). Any write, replacement, chmod or touch of one of them changes its ctime,
# so the lines change.
codex_files_fingerprint() {
  find -H "${CODEX_MODULE_DIR}/npm" -printf '%P %y %l %s %T@ %C@ %i\n' 2>/dev/null || true
}

# installed_codex_version: sets CODEX_VERSION_LINE to what the module's Codex prints for --version
# (e.g. `codex-cli 0.169.0`) and HAVE_CODEX to its version, both "" when there is none. Running the
# npm launcher costs a Node.js start and a Codex start, so the answer is kept in state/codex-version
# with the fingerprint of the installed files, and reused while the fingerprint is the same.
installed_codex_version() {
  local bin="${CODEX_MODULE_DIR}/npm/bin/codex" stamp="${STATE_DIR}/codex-version" fingerprint
  local line="" stamped=""
  CODEX_VERSION_LINE=""
  CODEX_VERSION_BIN="${bin}"
  HAVE_CODEX=""
  CODEX_VERSION_SOURCE=""
  if [[ ! -x "${bin}" ]]; then
    rm -f "${stamp}"
    return 0
  fi
  fingerprint="$(codex_files_fingerprint)"
  if [[ -f "${stamp}" ]]; then
    stamped="$(<"${stamp}")"
    line="${stamped%%$'\n'*}"
    if [[ -n "${line}" && -n "${fingerprint}" && "${stamped}" == "${line}"$'\n'"${fingerprint}" ]]; then
      CODEX_VERSION_LINE="${line}"
      HAVE_CODEX="${line##* }"
      CODEX_VERSION_SOURCE="the installed files match state/codex-version"
      return 0
    fi
  fi
  line="$("${bin}" --version 2>/dev/null </dev/null || true)"
  line="${line%%$'\n'*}"
  CODEX_VERSION_SOURCE="codex --version"
  if [[ -z "${line}" ]]; then
    rm -f "${stamp}"
    return 0
  fi
  CODEX_VERSION_LINE="${line}"
  HAVE_CODEX="${line##* }"
  write_state codex-version "${line}"$'\n'"${fingerprint}"
}

install_codex() {
  if [[ "${INSTALL_CODEX}" != true ]]; then
    local found version
    found="$(command -v codex || true)"
    if [[ -z "${found}" ]]; then
      die "ARG_INSTALL_CODEX=false but there is no codex on PATH; install it in the image or let the module install it"
    fi
    version="$(codex --version </dev/null 2>/dev/null || true)"
    CODEX_VERSION_LINE="${version}"
    CODEX_VERSION_BIN="${found}"
    info "ARG_INSTALL_CODEX=false: using ${found} (${version})."
    return 0
  fi
  # The npm package's launcher is a Node.js script, so node comes first.
  ensure_node 0

  local started have want="${CODEX_VERSION}" took
  started="$(now_ms)"
  installed_codex_version
  have="${HAVE_CODEX}"
  if [[ "${want}" == latest ]]; then
    ensure_node 1
    local latest
    latest="$(timeout 60 npm view "${CODEX_NPM_PACKAGE}@latest" version 2>/dev/null </dev/null || true)"
    if [[ -n "${latest}" ]]; then
      want="${latest}"
    elif [[ -n "${have}" ]]; then
      warn "could not look up the latest ${CODEX_NPM_PACKAGE} on npm; keeping the installed ${have}"
      want="${have}"
    else
      die "could not look up the latest ${CODEX_NPM_PACKAGE} version on npm"
    fi
  fi
  took="$(elapsed_ms "${started}")"
  if [[ -n "${have}" && "${have}" == "${want}" ]]; then
    info "Codex ${have} is already installed; the version check took ${took} ms (${CODEX_VERSION_SOURCE})."
    return 0
  fi
  info "Codex version check took ${took} ms (installed: ${have:-none}, wanted: ${want})."

  ensure_node 1
  started="$(now_ms)"
  info "Installing ${CODEX_NPM_PACKAGE}@${want} into ${CODEX_MODULE_DIR}/npm…"
  local rc=0
  npm install --global --prefix "${CODEX_MODULE_DIR}/npm" --no-audit --no-fund --update-notifier=false \
    --loglevel=error "${CODEX_NPM_PACKAGE}@${want}" </dev/null || rc=$?
  if [[ "${rc}" -ne 0 ]]; then
    die "npm install of ${CODEX_NPM_PACKAGE}@${want} failed with exit status ${rc}"
  fi
  module_path_setup
  installed_codex_version
  have="${HAVE_CODEX}"
  if [[ "${have}" != "${want}" ]]; then
    die "after npm install, ${CODEX_MODULE_DIR}/npm/bin/codex reports version '${have}', expected ${want}"
  fi
  took="$(elapsed_ms "${started}")"
  info "Installed Codex ${have} in ${took} ms."
}

# link_into_bin_dirs NAME TARGET: symlinks TARGET as NAME into $CODER_SCRIPT_BIN_DIR (when the Coder
# agent sets it) and ~/.local/bin. A file there that is not a symlink is left alone. With
# ARG_REPLACE_LINKS=false (a Codex other than the default one on the agent) only a missing link is
# added: the default Codex's link stays, whichever install runs first (ln -sfn replaces atomically).
link_into_bin_dirs() {
  local name="$1" target="$2" dir
  local dirs=("${HOME}/.local/bin")
  if [[ -n "${CODER_SCRIPT_BIN_DIR:-}" ]]; then
    dirs=("${CODER_SCRIPT_BIN_DIR}" "${dirs[@]}")
  fi
  for dir in "${dirs[@]}"; do
    ensure_dir "${dir}"
    if [[ -e "${dir}/${name}" && ! -L "${dir}/${name}" ]]; then
      warn "${dir}/${name} exists and is not a symlink; leaving it alone"
      continue
    fi
    if [[ -L "${dir}/${name}" && "${dir}/${name}" -ef "${target}" ]]; then
      continue # already a link to it (-ef: same file; saves an ln process on every restart)
    elif [[ "${REPLACE_LINKS}" == true ]]; then
      ln -sfn "${target}" "${dir}/${name}"
    elif [[ ! -L "${dir}/${name}" ]]; then
      # Another install may add it at the same moment: theirs is as good.
      ln -sn "${target}" "${dir}/${name}" 2>/dev/null || true
    fi
  done
}

# Sets IMAGE_HAS_NODE to 1 when a node other than the module's own (or links to it) is on PATH.
find_image_node() {
  local dir
  local -a dirs
  IMAGE_HAS_NODE=0
  IFS=: read -r -a dirs <<<"${PATH}"
  for dir in "${dirs[@]}"; do
    case "${dir}" in
      "" | "${CODEX_MODULE_DIR}"/* | "${HOME}/.local/bin" | "${CODER_SCRIPT_BIN_DIR:-/nonexistent}") continue ;;
      *) ;;
    esac
    if [[ -x "${dir}/node" ]]; then
      IMAGE_HAS_NODE=1
      return 0
    fi
  done
}

link_codex() {
  if [[ "${INSTALL_CODEX}" != true ]]; then
    return 0
  fi
  link_into_bin_dirs codex "${CODEX_MODULE_DIR}/npm/bin/codex"
  find_image_node
  if [[ -x "${CODEX_MODULE_DIR}/node/bin/node" && "${IMAGE_HAS_NODE}" -eq 0 ]]; then
    # The image has no Node.js of its own, and codex's launcher needs one on PATH.
    link_into_bin_dirs node "${CODEX_MODULE_DIR}/node/bin/node"
  fi
}

merge_config() {
  if [[ -z "${ARG_MANAGED_CONFIG:-}" ]]; then
    info "No managed config.toml settings (ARG_MANAGED_CONFIG is empty); config.toml is left as it is."
    return 0
  fi
  local merger="${CODEX_MODULE_DIR}/scripts/merge-config.mjs" rc=0
  if [[ ! -f "${merger}" ]]; then
    die "${merger} is missing; the install wrapper writes it next to install.sh"
  fi
  ensure_node 0
  local codex_bin
  codex_bin="$(command -v codex || true)"
  if [[ -z "${codex_bin}" ]]; then
    die "there is no codex on PATH to load the merged ${CODEX_HOME}/config.toml with"
  fi
  # --codex: the merged file is loaded with this Codex; when it refuses the file (or ignores a key
  # the template sets) the previous file is restored and the reason is printed. --codex-version:
  # its --version line, known here (install_codex), so merge-config.mjs need not run it.
  local -a args=(--config "${CODEX_HOME}/config.toml" --state "${STATE_DIR}/config-applied.json"
    --codex "${codex_bin}")
  local inputs="" stamp="${STATE_DIR}/config-merged" errors=""
  if [[ -n "${CODEX_VERSION_LINE}" && "${codex_bin}" == "${CODEX_VERSION_BIN}" ]]; then
    args+=(--codex-version "${CODEX_VERSION_LINE}")
    inputs="$(merge_inputs_digest "${merger}" "${codex_bin}")"
    if [[ -n "${inputs}" && -f "${stamp}" && "$(<"${stamp}")" == "${inputs}" ]]; then
      info "${CODEX_HOME}/config.toml is as the last merge left it, and the managed settings, the merge program and ${CODEX_VERSION_LINE} are the same: nothing to merge."
      return 0
    fi
  fi
  rm -f "${stamp}"
  { errors="$(node "${merger}" "${args[@]}" 2>&1 >&3 3>&- </dev/null)" || rc=$?; } 3>&1
  if [[ -n "${errors}" ]]; then
    printf '%s\n' "${errors}" >&2
  fi
  if [[ "${rc}" -ne 0 ]]; then
    die "the managed settings were not merged into ${CODEX_HOME}/config.toml (see the error above; merge-config.mjs exit status ${rc})"
  fi
  # A clean merge (no warning) of the same inputs would change nothing: the next run may skip it.
  if [[ -n "${inputs}" && -z "${errors}" ]]; then
    inputs="$(merge_inputs_digest "${merger}" "${codex_bin}")"
    if [[ -n "${inputs}" ]]; then
      write_state config-merged "${inputs}"
    fi
  fi
}

# merge_inputs_digest MERGER CODEX_BIN: sha256 of everything the merge reads and decides on: the
# managed settings and template TOML, the Codex that loads the file (path and --version line), mode,
# size, times and inode of config.toml and the two state records (any write or chmod changes a
# file's ctime), and the content of merge-config.mjs (the wrapper rewrites it on every start). Prints
# nothing when the files cannot be described (a find without -printf, as in BusyBox): then the merge
# always runs.
merge_inputs_digest() {
  local merger="$1" codex_bin="$2" files sums
  local -a sha=(sha256sum)
  files="$(find "${CODEX_HOME}/config.toml" "${STATE_DIR}/config-applied.json" "${STATE_DIR}/config-checked.json" \
    "${merger}" -maxdepth 0 \( -path "${merger}" -printf 'merger %y\n' \) -o -printf '%p %y %m %s %T@ %C@ %i\n' \
    2>/dev/null || true)"
  if [[ "${files}" != *"merger f"* ]]; then
    return 0
  fi
  if ! command -v sha256sum >/dev/null 2>&1; then
    sha=(shasum -a 256)
  fi
  sums="$(printf '%s\0' "${ARG_MANAGED_CONFIG:-}" "${ARG_TEMPLATE_TOML:-}" "${codex_bin}" "${CODEX_VERSION_LINE}" "${files}" |
    "${sha[@]}" - "${merger}")"
  printf '%s\n' "${sums}"
}

# Sets HAS_API_KEY_LOGIN to 1 when `codex login status` reports an API key login. Its output
# (which shows a masked key) is not printed.
check_api_key_login() {
  local out="" rc=0
  HAS_API_KEY_LOGIN=0
  out="$(codex login status 2>&1 </dev/null)" || rc=$?
  if [[ "${rc}" -eq 0 && "${out}" == *"API key"* ]]; then
    HAS_API_KEY_LOGIN=1
  fi
}

# codex_login_with_key KEY: the key goes in on stdin (printf is a shell builtin, so it is never a
# process argument). Codex's own messages are shown only on failure, with the key masked.
codex_login_with_key() {
  local key="$1" out="" rc=0
  out="$(printf '%s' "${key}" | codex login --with-api-key 2>&1)" || rc=$?
  if [[ "${rc}" -ne 0 ]]; then
    printf '%s\n' "${out//"${key}"/***}" >&2
    die "codex login --with-api-key failed with exit status ${rc}"
  fi
}

codex_logout_stale() {
  local why="$1"
  if codex logout </dev/null >/dev/null 2>&1; then
    info "Removed the API key login this module made earlier (${why})."
  else
    warn "codex logout failed; ${CODEX_HOME}/auth.json may still hold an old login"
  fi
}

# auth_file_fingerprint: mode, size, mtime, ctime and inode of Codex's auth.json ("" when there is
# none): any login, logout or edit changes its ctime.
auth_file_fingerprint() {
  find "${CODEX_HOME}/auth.json" -maxdepth 0 -printf '%m %s %T@ %C@ %i\n' 2>/dev/null || true
}

configure_auth() {
  local prev_login prev_fingerprint prev_auth_file key fingerprint auth_file=""
  prev_login="$(read_state_value auth login)"
  prev_fingerprint="$(read_state_value auth key_sha256)"
  prev_auth_file="$(read_state_value auth auth_json)"
  case "${AUTH_SOURCE}" in
    template-variable | user-secret)
      key="${!API_KEY_ENV:-}"
      if [[ -z "${key}" ]]; then
        if [[ "${AUTH_SOURCE}" == template-variable ]]; then
          die "ARG_AUTH_SOURCE=template-variable but \$${API_KEY_ENV} is empty in the workspace; check the template's API key variable"
        fi
        if [[ "${prev_login}" == apikey ]]; then
          codex_logout_stale "\$${API_KEY_ENV} is no longer set"
        fi
        write_state auth "source=${AUTH_SOURCE}"$'\n'"env=${API_KEY_ENV}"$'\n'"login=missing"
        AUTH_MISSING_MESSAGE="No OpenAI API key yet: \$${API_KEY_ENV} is not set in this workspace. Create it once as a Coder user secret with \`coder secret create openai-api-key --env ${API_KEY_ENV}\` (it reads the value from stdin), then restart the workspace; a restart picks it up."
        warn "${AUTH_MISSING_MESSAGE}"
        return 0
      fi
      fingerprint="$(printf '%s' "${key}" | sha256_stdin)"
      HAS_API_KEY_LOGIN=0
      if [[ "${prev_login}" == apikey && "${prev_fingerprint}" == "${fingerprint}" ]]; then
        # `codex login status` (a Node.js start and a Codex start) reported this login when
        # auth.json was last written; while the file is the same, so is the answer.
        auth_file="$(auth_file_fingerprint)"
        if [[ -n "${auth_file}" && "${auth_file}" == "${prev_auth_file}" ]]; then
          HAS_API_KEY_LOGIN=1
        else
          auth_file=""
          check_api_key_login
        fi
      fi
      if [[ "${HAS_API_KEY_LOGIN}" -eq 1 ]]; then
        info "Codex is already logged in with the API key from \$${API_KEY_ENV}; no new login needed."
      else
        auth_file=""
        codex_login_with_key "${key}"
        check_api_key_login
        if [[ "${HAS_API_KEY_LOGIN}" -ne 1 ]]; then
          die "codex login status shows no API key login after codex login --with-api-key"
        fi
        info "Logged Codex in with the API key from \$${API_KEY_ENV} (auth source ${AUTH_SOURCE})."
      fi
      # As codex login status last saw it (the next restart compares).
      if [[ -z "${auth_file}" ]]; then
        auth_file="$(auth_file_fingerprint)"
      fi
      write_state auth "source=${AUTH_SOURCE}"$'\n'"env=${API_KEY_ENV}"$'\n'"login=apikey"$'\n'"key_sha256=${fingerprint}"$'\n'"auth_json=${auth_file}"
      ;;
    ai-gateway | custom-provider | none)
      if [[ "${prev_login}" == apikey ]]; then
        codex_logout_stale "the auth source is now ${AUTH_SOURCE}"
      fi
      if [[ "${AUTH_SOURCE}" == none ]]; then
        info "Auth source none: logging Codex in is left to the user."
      else
        info "Auth source ${AUTH_SOURCE}: Codex reads the provider token from the provider's env_key variable."
      fi
      write_state auth "source=${AUTH_SOURCE}"$'\n'"env=${API_KEY_ENV}"$'\n'"login=none"
      ;;
    *) die "unexpected ARG_AUTH_SOURCE '${AUTH_SOURCE}'" ;;
  esac
}

# update_agents_md FILE TEXT: replaces the module's marked block in FILE with TEXT (removes the block
# when TEXT is empty), keeping everything outside it. When nothing changes, nothing is written.
update_agents_md() {
  local file="$1" text="$2"
  if [[ ! -e "${file}" && -z "${text}" ]]; then
    return 0
  fi
  local block=""
  if [[ -n "${text}" ]]; then
    block="${AGENTS_MD_BEGIN}"$'\n'"${text}"$'\n'"${AGENTS_MD_END}"$'\n'
  fi
  local out="" line in_block=0 placed=0
  if [[ -f "${file}" ]]; then
    while IFS= read -r line || [[ -n "${line}" ]]; do
      if [[ "${in_block}" -eq 1 ]]; then
        if [[ "${line}" == "${AGENTS_MD_END}" ]]; then
          in_block=0
        fi
        continue
      fi
      if [[ "${line}" == "${AGENTS_MD_BEGIN}" ]]; then
        in_block=1
        if [[ "${placed}" -eq 0 ]]; then
          out+="${block}"
          placed=1
        fi
        continue
      fi
      out+="${line}"$'\n'
    done <"${file}"
    if [[ "${in_block}" -eq 1 ]]; then
      warn "${file} has the module's begin marker without its end marker; the file is left unchanged (restore or remove the marker lines)"
      return 0
    fi
  fi
  if [[ "${placed}" -eq 0 && -n "${block}" ]]; then
    if [[ -n "${out}" && "${out}" != *$'\n\n' ]]; then
      out+=$'\n'
    fi
    out+="${block}"
  fi
  if [[ -z "${out//[[:space:]]/}" ]]; then
    if [[ -e "${file}" ]]; then
      rm -f "${file}"
      info "Removed ${file} (it held only the module's block)."
    fi
    return 0
  fi
  local tmp existing=""
  if [[ -f "${file}" ]]; then
    # The whole file (read stops at a NUL byte, which a text file has none of; a file with one
    # reads short and is rewritten).
    IFS= read -r -d '' existing <"${file}" || true
    if [[ "${existing}" == "${out}" ]]; then
      info "${file} is up to date."
      return 0
    fi
  fi
  tmp="$(mktemp "${file}.XXXXXX")"
  printf '%s' "${out}" >"${tmp}"
  if [[ -f "${file}" ]]; then
    chmod --reference="${file}" "${tmp}"
  else
    chmod 644 "${tmp}"
  fi
  mv -f "${tmp}" "${file}"
  info "Wrote the system prompt block in ${file}."
}

write_agents_md() {
  local global="${CODEX_HOME}/AGENTS.md" project="${FOLDER}/AGENTS.md" target other
  if [[ "${AGENTS_MD}" == *"${AGENTS_MD_BEGIN}"* || "${AGENTS_MD}" == *"${AGENTS_MD_END}"* ]]; then
    die "ARG_AGENTS_MD must not contain the module's marker lines"
  fi
  if [[ "${AGENTS_MD_TARGET}" == global ]]; then
    target="${global}"
    other="${project}"
  else
    target="${project}"
    other="${global}"
  fi
  update_agents_md "${target}" "${AGENTS_MD}"
  # After a target switch, a block written to the other file earlier is stale.
  if [[ -f "${other}" ]]; then
    update_agents_md "${other}" ""
  fi
}

# begin_agentapi_hash: the sha256 of an AgentAPI binary installed earlier (about 2 ms per MB) is
# computed in the background while the Codex steps run; install_agentapi waits for it and checks it
# as before.
begin_agentapi_hash() {
  local dest="${CODEX_MODULE_DIR}/bin/agentapi-${AGENTAPI_VERSION}"
  if [[ "${INSTALL_AGENTAPI}" != true || ! -x "${dest}" ]] ||
    [[ -z "${ARG_AGENTAPI_SHA256_AMD64:-}${ARG_AGENTAPI_SHA256_ARM64:-}" ]]; then
    return 0
  fi
  AGENTAPI_HASH_OUT="${CODEX_MODULE_RUN_DIR}/agentapi-${AGENTAPI_VERSION}.sha256"
  CLEANUP_PATHS+=("${AGENTAPI_HASH_OUT}")
  sha256_file "${dest}" >"${AGENTAPI_HASH_OUT}" 2>/dev/null &
  AGENTAPI_HASH_PID=$!
}

# installed_agentapi_sha256 DEST: sets INSTALLED_SHA256 to the sha256 of DEST, from
# begin_agentapi_hash when it ran (in this shell: wait needs its own child).
installed_agentapi_sha256() {
  local rc=0
  INSTALLED_SHA256=""
  if [[ -n "${AGENTAPI_HASH_PID}" ]]; then
    wait "${AGENTAPI_HASH_PID}" || rc=$?
    AGENTAPI_HASH_PID=""
    if [[ "${rc}" -eq 0 && -s "${AGENTAPI_HASH_OUT}" ]]; then
      INSTALLED_SHA256="$(<"${AGENTAPI_HASH_OUT}")"
    fi
  fi
  if [[ ! "${INSTALLED_SHA256}" =~ ^[0-9a-f]{64}$ ]]; then
    INSTALLED_SHA256="$(sha256_file "$1")"
  fi
}

install_agentapi() {
  if [[ "${INSTALL_AGENTAPI}" != true ]]; then
    info "ARG_INSTALL_AGENTAPI=false: start.sh uses the agentapi on PATH."
    return 0
  fi
  local arch expected
  arch="$(machine_arch)"
  if [[ "${arch}" == amd64 ]]; then
    expected="${ARG_AGENTAPI_SHA256_AMD64:-}"
  else
    expected="${ARG_AGENTAPI_SHA256_ARM64:-}"
  fi
  expected="${expected,,}"
  if [[ -n "${expected}" && ! "${expected}" =~ ^[0-9a-f]{64}$ ]]; then
    die "the AgentAPI sha256 for ${arch} must be 64 hex digits, got '${expected}'"
  fi
  local bin_dir="${CODEX_MODULE_DIR}/bin"
  local dest="${bin_dir}/agentapi-${AGENTAPI_VERSION}"
  local url="${AGENTAPI_URL_BASE%/}/${AGENTAPI_VERSION}/agentapi-linux-${arch}"
  local actual

  if [[ -x "${dest}" ]]; then
    if [[ -z "${expected}" ]]; then
      info "AgentAPI ${AGENTAPI_VERSION} is already installed (${dest})."
    else
      installed_agentapi_sha256 "${dest}"
      actual="${INSTALLED_SHA256}"
      if [[ "${actual}" == "${expected}" ]]; then
        info "AgentAPI ${AGENTAPI_VERSION} is already installed and matches its sha256."
      else
        warn "the cached ${dest} has sha256 ${actual}, expected ${expected}; downloading it again"
        rm -f "${dest}"
      fi
    fi
  fi
  if [[ ! -x "${dest}" ]]; then
    local tmp started took
    started="$(now_ms)"
    tmp="$(mktemp "${bin_dir}/.agentapi-download.XXXXXX")"
    CLEANUP_PATHS+=("${tmp}")
    info "Downloading AgentAPI ${AGENTAPI_VERSION} from ${url}…"
    curl "${CURL_OPTS[@]}" --output "${tmp}" "${url}" || die "could not download AgentAPI from ${url}"
    actual="$(sha256_file "${tmp}")"
    if [[ -n "${expected}" && "${actual}" != "${expected}" ]]; then
      die "the AgentAPI download from ${url} does not match its checksum: expected sha256 ${expected}, got ${actual}; refusing to install it"
    fi
    if [[ -z "${expected}" ]]; then
      warn "no sha256 is configured for the AgentAPI ${arch} binary, so it was not verified (its sha256 is ${actual})"
    fi
    chmod 755 "${tmp}"
    mv -f "${tmp}" "${dest}"
    took="$(elapsed_ms "${started}")"
    info "Installed AgentAPI ${AGENTAPI_VERSION} in ${took} ms."
  fi
  if [[ ! -L "${bin_dir}/agentapi" || ! "${bin_dir}/agentapi" -ef "${dest}" ]]; then
    ln -sfn "agentapi-${AGENTAPI_VERSION}" "${bin_dir}/agentapi"
  fi
  link_into_bin_dirs agentapi "${dest}"
}

finish() {
  if [[ -n "${AUTH_MISSING_MESSAGE}" ]]; then
    set_status "${AUTH_MISSING_MESSAGE}"
  else
    set_status "Codex is installed; starting…"
  fi
}

begin_run
read_args
prepare_dirs
run_user_script pre "${PRE_INSTALL_SCRIPT}"
begin_agentapi_hash
install_codex
link_codex
merge_config
configure_auth
write_agents_md
install_agentapi
run_user_script post "${POST_INSTALL_SCRIPT}"
finish
