#!/usr/bin/env bash
# scripts/code-server.sh — an isolated code-server (a real VS Code 1.100 workbench + Node extension
# host) on 127.0.0.1, with all of its state inside the checkout.
#
#   scripts/code-server.sh start               start in the background, wait until /healthz answers
#   scripts/code-server.sh stop                stop it and every child (extension host, watchers)
#   scripts/code-server.sh install-vsix FILE   install a packaged extension into $CS_STATE/extensions
#   scripts/code-server.sh status              print "running <pid> <url>" or "stopped" (exit 1)
#
# Environment:
#   CS_STATE  state dir: user-data, extensions, logs, XDG dirs, TMPDIR   (default .state/cs/demo)
#   CS_PORT   port on 127.0.0.1                                           (default 8765)
#   CS_BIN    code-server executable            (default .cache/code-server/node_modules/.bin/code-server)
#   CS_EXTRA_ENV_FILE  optional file of KEY=VALUE lines exported to code-server (and so to its
#             extension host), e.g. SMM_TEST_GREP for the integration runner
#   CS_RESTRICTED=1  workspace trust on, and every folder opens in Restricted Mode (not trusted,
#             no prompt): how VS Code treats a repository the user has just cloned
#
# Install code-server first with scripts/setup.sh. The runners in test/harness/ use this script, so
# the flags and settings below are the single place that defines "our" code-server.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CS_STATE="${CS_STATE:-$ROOT/.state/cs/demo}"
CS_PORT="${CS_PORT:-8765}"
CS_BIN="${CS_BIN:-$ROOT/.cache/code-server/node_modules/.bin/code-server}"
PID_FILE="$CS_STATE/code-server.pid"
LOG_FILE="$CS_STATE/logs/code-server.log"

# Without the XDG variables code-server writes ~/.config/code-server/config.yaml,
# ~/.local/share/code-server and ~/.cache/Microsoft/DeveloperTools/deviceid (even for --version).
export XDG_CONFIG_HOME="$CS_STATE/xdg/config" XDG_DATA_HOME="$CS_STATE/xdg/data" XDG_CACHE_HOME="$CS_STATE/xdg/cache"
# The extension host puts its vscode-ipc-<uuid>.sock and vscode-git-*.sock files in TMPDIR.
export TMPDIR="$CS_STATE/tmp"
COMMON=(--user-data-dir "$CS_STATE/user-data" --extensions-dir "$CS_STATE/extensions")

die() { echo "code-server.sh: $*" >&2; exit 1; }

prepare_dirs() {
  [ -x "$CS_BIN" ] || die "no code-server at $CS_BIN — run: bash scripts/setup.sh"
  mkdir -p "$CS_STATE/user-data/User" "$CS_STATE/extensions" "$CS_STATE/logs" \
    "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$TMPDIR"
  # A unix socket path is limited to 107 bytes; the ipc socket name takes 52 of them.
  [ ${#TMPDIR} -le 54 ] || die "CS_STATE path too long for unix sockets ($TMPDIR); use a shorter CS_STATE"
}

running_pid() {
  [ -f "$PID_FILE" ] || return 1
  local pid; pid="$(cat "$PID_FILE")"
  kill -0 "$pid" 2>/dev/null && echo "$pid"
}

write_settings() {
  local trust=false
  [ "${CS_RESTRICTED:-}" = 1 ] && trust=true
  # User settings for a quiet, deterministic workbench:
  # - no update/marketplace/telemetry traffic (nothing but npm and apt is reachable: these only
  #   produce ENOTFOUND noise), no welcome page or walkthroughs, no workspace-trust prompt
  #   (workspace trust off, or with CS_RESTRICTED=1 on and never asked: Restricted Mode);
  # - git off: the test workspaces live inside this repository's ignored .state/ folder;
  # - Problems pane as a tree, which test/e2e/support/workbench.ts reads.
  cat > "$CS_STATE/user-data/User/settings.json" <<JSON
{
  "workbench.startupEditor": "none",
  "workbench.welcomePage.walkthroughs.openOnInstall": false,
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "security.workspace.trust.enabled": $trust,
  "security.workspace.trust.startupPrompt": "never",
  "git.enabled": false,
  "git.autoRepositoryDetection": false,
  "chat.commandCenter.enabled": false,
  "problems.defaultViewMode": "tree",
  "files.autoSave": "off"
}
JSON
}

case "${1:-}" in
  start)
    prepare_dirs
    if pid="$(running_pid)"; then
      die "already running (pid $pid, state $CS_STATE); stop it first"
    fi
    if curl -s -o /dev/null "http://127.0.0.1:$CS_PORT/healthz"; then
      die "port $CS_PORT is already in use; set CS_PORT"
    fi
    write_settings
    if [ -n "${CS_EXTRA_ENV_FILE:-}" ]; then
      set -a; # shellcheck disable=SC1090
      . "$CS_EXTRA_ENV_FILE"; set +a
    fi
    trust_flags=(--disable-workspace-trust)
    [ "${CS_RESTRICTED:-}" = 1 ] && trust_flags=()
    # setsid: its own process group, so `stop` can end the extension host and watchers with it.
    # --ignore-last-opened: always open the folder given in the URL.
    setsid "$CS_BIN" "${COMMON[@]}" --bind-addr "127.0.0.1:$CS_PORT" --auth none \
      --disable-telemetry --disable-update-check "${trust_flags[@]}" \
      --disable-getting-started-override --disable-proxy --ignore-last-opened \
      >"$LOG_FILE" 2>&1 </dev/null &
    echo $! >"$PID_FILE"
    # /healthz answers ~1 s after launch; give a loaded machine 30 s.
    for _ in $(seq 1 150); do
      if curl -sf -o /dev/null "http://127.0.0.1:$CS_PORT/healthz"; then
        echo "code-server up: http://127.0.0.1:$CS_PORT (pid $(cat "$PID_FILE"), state ${CS_STATE#"$ROOT"/}, log ${LOG_FILE#"$ROOT"/})"
        exit 0
      fi
      kill -0 "$(cat "$PID_FILE")" 2>/dev/null || break
      sleep 0.2
    done
    echo "code-server.sh: code-server did not come up; log:" >&2
    cat "$LOG_FILE" >&2
    "$0" stop >/dev/null || true
    exit 1
    ;;
  stop)
    pid="$(running_pid)" || { rm -f "$PID_FILE"; echo "code-server not running (${CS_STATE#"$ROOT"/})"; exit 0; }
    # The pid is also the process-group id (setsid above).
    kill -TERM -- "-$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do
      kill -0 -- "-$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -KILL -- "-$pid" 2>/dev/null || true
    rm -f "$PID_FILE"
    echo "code-server stopped (${CS_STATE#"$ROOT"/})"
    ;;
  install-vsix)
    [ -n "${2:-}" ] && [ -f "$2" ] || die "usage: $0 install-vsix FILE.vsix (file not found: ${2:-})"
    prepare_dirs
    "$CS_BIN" "${COMMON[@]}" --force --install-extension "$2"
    "$CS_BIN" "${COMMON[@]}" --list-extensions --show-versions
    ;;
  status)
    if pid="$(running_pid)"; then echo "running $pid http://127.0.0.1:$CS_PORT"; else echo "stopped"; exit 1; fi
    ;;
  *)
    echo "usage: $0 start|stop|install-vsix FILE|status" >&2
    exit 2
    ;;
esac
