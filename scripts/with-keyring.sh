#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked GNOME Keyring (a real Secret
# Service), e.g.:
#   bash scripts/with-keyring.sh env CT_KEYCHAIN_TESTS=1 npx vitest run test/main/auth
# The keyring and every XDG folder live in a fresh folder inside the checkout (.cache/keyring),
# removed afterwards, so nothing is written to the user's own keyring or $HOME.
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: $0 command [args...]" >&2
  exit 2
fi
for tool in dbus-run-session gnome-keyring-daemon; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "$0: $tool is missing (Debian/Ubuntu: apt-get install gnome-keyring dbus-x11 libsecret-1-dev)" >&2
    exit 2
  fi
done

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
base="$root/.cache/keyring/run-$$"
rm -rf "$base"
mkdir -p "$base/data" "$base/cache" "$base/config" "$base/runtime"
runtime="$base/runtime"
# Unix socket paths are limited to about 100 bytes: a deep checkout gets a short temporary runtime folder.
if [ "${#runtime}" -gt 80 ]; then
  runtime="$(mktemp -d "${TMPDIR:-/tmp}/ct-keyring.XXXXXX")"
fi
chmod 700 "$runtime"

cleanup() {
  rm -rf "$base"
  case "$runtime" in "$base"/*) ;; *) rm -rf "$runtime" ;; esac
}
trap cleanup EXIT

status=0
# CT_KEYRING_SANDBOX tells tests they may write to this keyring: it is not the user's own.
CT_KEYRING_SANDBOX="$base" \
  XDG_DATA_HOME="$base/data" \
  XDG_CACHE_HOME="$base/cache" \
  XDG_CONFIG_HOME="$base/config" \
  XDG_RUNTIME_DIR="$runtime" \
  dbus-run-session -- sh -c 'printf %s pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' \
  with-keyring "$@" || status=$?
exit "$status"
