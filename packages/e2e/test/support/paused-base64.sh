#!/usr/bin/env bash
# Test instrumentation, put first on a wrapper's PATH: the real base64, except that its call number
# E2E_PAUSE_CALL (counted in the folder of this copy) first waits until the file E2E_PAUSE_UNTIL
# exists (at most 60 s). It lets a test hold one coder_script wrapper in the middle of writing a
# file, to run the two wrappers' steps in a chosen order.
set -euo pipefail
counter="$(dirname "$0")/calls"
calls=0
if [[ -f "${counter}" ]]; then
  calls="$(<"${counter}")"
fi
calls=$((calls + 1))
printf '%s\n' "${calls}" >"${counter}"
if [[ "${calls}" == "${E2E_PAUSE_CALL:-0}" ]]; then
  for _ in $(seq 600); do
    if [[ -e "${E2E_PAUSE_UNTIL:-/}" ]]; then
      break
    fi
    sleep 0.1
  done
fi
exec /usr/bin/base64 "$@"
