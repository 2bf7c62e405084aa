#!/usr/bin/env bash
# Installs what the end-to-end tests need, and nothing twice: Debian's chromium (driven headless), the
# headers and tools code-server's native modules build with, and code-server 4.100.3 (the newest release
# that runs on Node 20; it ships a real VS Code 1.100.3) with playwright-core into .tools/e2e — a
# tooling folder of its own, so the project's `npm ci` stays light. Idempotent; apt needs root.
# The pitfalls each step works around are in the notes (vscode-e2e.md): unsafe-perm for code-server's
# postinstall as root, yes=true for node-pty's `npx node-gyp`, and @vscode/ripgrep's GitHub download
# replaced by a cached tarball holding Debian's rg.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
tools="${NEWS_LENS_E2E_TOOLS:-$root/.tools/e2e}"
manifest="$root/scripts/e2e/tools.package.json"
lock="$root/scripts/e2e/tools.package-lock.json"

log() { printf '[e2e setup] %s\n' "$*"; }

# --- apt: only the packages that are missing ---------------------------------------------------------
# neovim: the second real LSP client of the protocol tests (test/protocol/neovim.test.ts).
apt_packages=(chromium libkrb5-dev ripgrep build-essential python3 neovim)
missing=()
for pkg in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if ((${#missing[@]})); then
  if [[ $(id -u) -ne 0 ]]; then
    log "missing Debian packages: ${missing[*]} (run this script as root, or: sudo apt-get install -y ${missing[*]})"
    exit 1
  fi
  log "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  log "Debian packages present: ${apt_packages[*]}"
fi

# --- code-server + playwright-core into the tooling folder ---------------------------------------------
stamp="$tools/.installed"
want="$(cat "$manifest" $([[ -f "$lock" ]] && echo "$lock") | sha256sum | cut -d' ' -f1)"
if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" && -f "$tools/node_modules/code-server/out/node/entry.js" \
      && -d "$tools/node_modules/playwright-core" ]]; then
  log "code-server and playwright-core already installed in $tools"
  exit 0
fi

log "installing code-server 4.100.3 and playwright-core into $tools"
mkdir -p "$tools"
rm -f "$stamp"
cp "$manifest" "$tools/package.json"
[[ -f "$lock" ]] && cp "$lock" "$tools/package-lock.json"

# @vscode/ripgrep 1.15.11 downloads rg from GitHub unless this tarball is in its cache under os.tmpdir().
# TMPDIR points into the tooling folder for the install so the cache (and npm's scratch files) stay there.
export TMPDIR="$tools/tmp"
rg_cache="$TMPDIR/vscode-ripgrep-cache-1.15.11"
case "$(uname -m)" in
  x86_64) rg_target=x86_64-unknown-linux-musl ;;
  aarch64) rg_target=aarch64-unknown-linux-musl ;;
  *) log "unsupported machine $(uname -m)"; exit 1 ;;
esac
rg_tarball="$rg_cache/ripgrep-v13.0.0-10-$rg_target.tar.gz"
if [[ ! -f "$rg_tarball" ]]; then
  mkdir -p "$rg_cache" "$TMPDIR/rg"
  cp "$(command -v rg)" "$TMPDIR/rg/rg"
  tar -czf "$rg_tarball" -C "$TMPDIR/rg" rg
fi

export npm_config_unsafe_perm=true npm_config_yes=true npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
cd "$tools"
started=$SECONDS
if [[ -f package-lock.json ]]; then
  npm ci --no-progress --loglevel=error
else
  npm install --no-progress --loglevel=error
fi
test -f node_modules/code-server/out/node/entry.js
node -e "require.resolve('playwright-core')"
printf '%s' "$want" > "$stamp"
log "installed in $((SECONDS - started)) s"
