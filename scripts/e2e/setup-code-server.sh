#!/usr/bin/env bash
# Test-only: installs code-server 4.100.3 (VS Code 1.100.3, the last line that runs on Node 20) from the
# npm registry into a cache under the home directory, for the end-to-end tests and `npm run try`.
# Never a product dependency. Idempotent: returns at once when the cache is complete.
#
# code-server's own postinstall cannot run here (it downloads ripgrep from GitHub), so the install is
# done with --ignore-scripts and the postinstall steps are replayed by hand (issue #7, "Facts for the
# set-up"): VS Code's production dependencies, Debian's ripgrep in place of the download, native
# rebuilds (needs libkrb5-dev), argon2, and the node_modules.asar symlink.
set -euo pipefail

VERSION=4.100.3
CACHE_ROOT="${ASTERISK_HARDEN_CACHE:-$HOME/.cache/asterisk-harden}"
DEST="$CACHE_ROOT/code-server-$VERSION"
MARKER="$DEST/.complete"

if [[ -f "$MARKER" && -f "$DEST/node_modules/code-server/out/node/entry.js" ]]; then
  echo "code-server $VERSION already installed in $DEST"
  exit 0
fi

log() { printf '[setup-code-server] %s\n' "$*" >&2; }

# System packages: chromium drives the workbench, ripgrep replaces @vscode/ripgrep's download,
# libkrb5-dev lets VS Code's native kerberos module build.
missing=()
for pkg in chromium ripgrep libkrb5-dev; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if ((${#missing[@]})); then
  log "installing Debian packages: ${missing[*]}"
  SUDO=""
  [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
RG="$(command -v rg || true)"
[[ -x "$RG" ]] || { log "ripgrep (rg) not found after install"; exit 1; }

# Build into a staging directory and move it into place only when complete, so an interrupted run
# never leaves a cache that looks finished.
mkdir -p "$CACHE_ROOT"
STAGE="$(mktemp -d "$CACHE_ROOT/.code-server-$VERSION.XXXXXX")"
trap 'rm -rf "$STAGE"' EXIT
cd "$STAGE"
printf '{ "name": "code-server-cache", "private": true }\n' > package.json

export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
log "npm install code-server@$VERSION --ignore-scripts"
npm install --no-save --ignore-scripts "code-server@$VERSION" >&2

VSCODE="$STAGE/node_modules/code-server/lib/vscode"
[[ -d "$VSCODE" ]] || { log "unexpected layout: $VSCODE missing"; exit 1; }
cd "$VSCODE"
log "VS Code production dependencies (lib/vscode)"
npm install --omit=dev --ignore-scripts >&2
log "Debian ripgrep in place of the GitHub download"
mkdir -p node_modules/@vscode/ripgrep/bin
cp "$RG" node_modules/@vscode/ripgrep/bin/rg
chmod +x node_modules/@vscode/ripgrep/bin/rg
log "rebuilding native modules (lib/vscode)"
npm_config_yes=true npm rebuild >&2
# What code-server's postinstall.sh does: VS Code loads its modules through node_modules.asar.
rm -rf node_modules.asar
ln -s node_modules node_modules.asar

cd "$STAGE"
log "rebuilding argon2 (top level)"
npm rebuild argon2 >&2

# --version still writes a default config.yaml; keep it inside the staging directory, not in ~/.config.
XDG_CONFIG_HOME="$STAGE/.config" XDG_DATA_HOME="$STAGE/.local" \
  node "$STAGE/node_modules/code-server/out/node/entry.js" --version >&2
rm -rf "$STAGE/.config" "$STAGE/.local"
touch "$STAGE/.complete"
rm -rf "$DEST"
mv "$STAGE" "$DEST"
trap - EXIT
log "installed in $DEST"
