#!/usr/bin/env bash
# CI for the extension: installs what it needs, then unit tests, web-ext lint and the
# end-to-end tests against the real irlint server jar. Run from anywhere.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
npm ci --no-audit --no-fund
npm test
npm run lint:firefox
if [ "${IRLINT_E2E_SERVER:-}" != "standin" ] && [ -z "${IRLINT_SERVER_JAR:-}" ] && [ ! -f ../server/target/irlint-server.jar ]; then
  (cd .. && ./mvnw -q -o -pl server -am package -DskipTests)
fi
npm run test:e2e
