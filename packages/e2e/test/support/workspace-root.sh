#!/usr/bin/env bash
# Runs a command with the file system a workspace container gives it: the test's home folder at
# /home/coder and the test's own /tmp. It runs in a private mount namespace (the caller starts it
# with `unshare --mount --propagation private`), so the template's absolute paths
# (/home/coder/projects) and the scripts' default run dir (/tmp/codex-module-run-$UID) land in the
# test's scratch folder, and nothing is written to this machine's /home or /tmp.
#
# Usage: workspace-root.sh HOME_SOURCE TMP_SOURCE COMMAND [ARG...]
set -euo pipefail
home_source="$1"
tmp_source="$2"
shift 2
mount -t tmpfs -o mode=0755,size=1m codex-e2e-home /home
mkdir /home/coder
mount --bind "${home_source}" /home/coder
mount --bind "${tmp_source}" /tmp
cd /home/coder
exec "$@"
