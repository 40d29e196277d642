#!/usr/bin/env bash
# Runs every test irlint has: the Java modules (core, server, Maven plugin with its invoker ITs) through
# the Maven wrapper, then the browser extension's unit and end-to-end tests and the server playground's
# browser test. On a fresh machine it installs what those need (Debian's chromium, npm packages).
set -euo pipefail
cd "$(dirname "$0")/.."

need_chromium() { [ -x /usr/bin/chromium ]; }
if ! need_chromium; then
  if [ "$(id -u)" = 0 ]; then
    echo "==> installing Debian's chromium for the browser tests"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "The browser tests need Debian's chromium: sudo apt-get install -y chromium" >&2
    exit 1
  fi
fi

echo "==> Java modules: ./mvnw verify"
./mvnw -B -ntp verify

echo "==> Maven plugin: the integration tests' SARIF against the official SARIF 2.1.0 schema"
(cd maven-plugin/src/test/sarif && npm ci --no-audit --no-fund && npm test)

if [ -f extension/package.json ]; then
  echo "==> browser extension: unit and end-to-end tests"
  (cd extension && npm ci --no-audit --no-fund && npm test && npm run lint:firefox && npm run test:e2e)
fi

if [ -f server/src/test/playground/package.json ]; then
  echo "==> server playground in headless chromium"
  (cd server/src/test/playground && npm ci --no-audit --no-fund && npm test)
fi
echo "==> all tests passed"
