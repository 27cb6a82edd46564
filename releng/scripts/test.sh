#!/usr/bin/env bash
# Builds PeerPlan from scratch and runs every test. UI tests need a display: without one, this runs under xvfb-run.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
source "$root/releng/scripts/jdk.sh"
cd "$root"
echo "Using JDK $JAVA_HOME"
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null 2>&1; then
  exec xvfb-run -a ./mvnw -B clean verify "$@"
fi
exec ./mvnw -B clean verify "$@"
