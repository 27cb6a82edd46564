# Sourced by the scripts: sets JAVA_HOME to a JDK 21 or newer (JAVA_HOME if it qualifies, else the newest under
# /usr/lib/jvm) or stops with a message that says what to install.
peerplan_java_major() {
  # The version line, not the first: JAVA_TOOL_OPTIONS makes the JVM print "Picked up ..." before it.
  "$1/bin/java" -version 2>&1 | grep -m 1 ' version "' | sed -E 's/.*version "(1\.)?([0-9]+).*/\2/'
}

peerplan_find_jdk() {
  local candidate best="" best_major=0 major
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    major=$(peerplan_java_major "$JAVA_HOME")
    if [ "${major:-0}" -ge 21 ] 2>/dev/null; then
      return 0
    fi
  fi
  for candidate in /usr/lib/jvm/*; do
    [ -x "$candidate/bin/javac" ] || continue
    major=$(peerplan_java_major "$candidate")
    if [ "${major:-0}" -ge 21 ] 2>/dev/null && [ "$major" -gt "$best_major" ]; then
      best=$candidate
      best_major=$major
    fi
  done
  if [ -z "$best" ]; then
    echo "peerplan: no JDK 21 or newer found (JAVA_HOME=${JAVA_HOME:-unset}, nothing suitable under /usr/lib/jvm)." >&2
    echo "peerplan: install one (for example: apt-get install openjdk-21-jdk-headless) or set JAVA_HOME to it." >&2
    exit 2
  fi
  export JAVA_HOME=$best
}

peerplan_find_jdk
