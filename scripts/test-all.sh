#!/usr/bin/env bash
# Every test that runs on this machine: the app built once (out/), the packaged-app check, unit
# and integration tests (vitest, with a real Secret Service for the keychain tests), then the
# browser end-to-end tests (Playwright in Debian's Chromium against the harness and the emulator).
# Ends with one summary line. CT_OUT_BUILT=1 says out/ was just built from these sources (CI's
# build step); it is then used as it is.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p artifacts

if [ "${CT_OUT_BUILT:-}" = 1 ]; then
  echo "== The app: out/ as just built (CT_OUT_BUILT=1)"
else
  echo "== Building the app (electron-vite build)"
  npx electron-vite build --logLevel warn || exit 1
  # Every stage below uses this build.
  export CT_OUT_BUILT=1
fi
[ -f out/main/index.js ] || { echo "out/main/index.js is missing" >&2; exit 1; }

# The unit tests spend much of their time waiting on timers and sockets: the packaged-app check
# runs beside them, and its output follows theirs.
echo "== The packaged app (npm run dist:check), beside the unit and integration tests"
npm run dist:check >artifacts/dist-check.log 2>&1 &
dist_pid=$!

echo "== Unit and integration tests"
vitest_args=(run --reporter=default --reporter=json --outputFile=artifacts/vitest.json)
if command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then
  bash scripts/with-keyring.sh env CT_KEYCHAIN_TESTS=1 npx vitest "${vitest_args[@]}"
else
  echo "gnome-keyring or dbus-run-session is missing: the real-keychain tests are skipped." >&2
  echo "Install them with: apt-get install gnome-keyring dbus-x11" >&2
  npx vitest "${vitest_args[@]}"
fi
unit_status=$?

wait "$dist_pid"
dist_status=$?
echo "== The packaged app (npm run dist:check)"
cat artifacts/dist-check.log

echo "== Browser end-to-end tests"
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "Debian's Chromium is missing (/usr/bin/chromium): install it with apt-get install chromium." >&2
  e2e_status=1
else
  PLAYWRIGHT_JSON_OUTPUT_NAME=artifacts/playwright.json npx playwright test --reporter=list,json
  e2e_status=$?
fi

node scripts/test-summary.mjs artifacts/vitest.json artifacts/playwright.json
[ "$dist_status" -eq 0 ] && [ "$unit_status" -eq 0 ] && [ "$e2e_status" -eq 0 ]
