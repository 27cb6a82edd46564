#!/usr/bin/env bash
# Builds PeerPlan from scratch and runs every test. Installs what the tests need when it can (see prerequisites.sh);
# UI tests need a display: without one, this runs under xvfb-run.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
source "$root/releng/scripts/jdk.sh"
source "$root/releng/scripts/prerequisites.sh"
peerplan_install_prerequisites
cd "$root"
echo "Using JDK $JAVA_HOME"
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a ./mvnw -B clean verify "$@"
fi
exec ./mvnw -B clean verify "$@"
