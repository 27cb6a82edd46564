#!/usr/bin/env bash
# Builds PeerPlan (bundles, p2 repository, product) without running the tests.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
source "$root/releng/scripts/jdk.sh"
cd "$root"
./mvnw -B -q -DskipTests verify
