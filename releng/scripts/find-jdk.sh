# Sourced by ./build, ./zeren and .ci/run: selects a JDK 21 or newer and exports JAVA_HOME.
# Order: $JAVA_HOME if it is 21+, then the JDKs under /usr/lib/jvm (newest first), then `java` on PATH.
# Fails with a clear message when none is found.

zeren_java_major() { # $1 = path to a java binary; prints its feature version (17, 21, 25...) or nothing
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

zeren_find_jdk() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV) \
      "$(dirname "$(dirname "$(readlink -f "$(command -v javac 2>/dev/null || echo /nonexistent)")")")"; do
    candidate="${candidate%/}"
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(zeren_java_major "$candidate/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      export JAVA_HOME="$candidate"
      export PATH="$JAVA_HOME/bin:$PATH"
      return 0
    fi
  done
  echo "error: Zeren needs a JDK 21 or newer (java and javac); none found in \$JAVA_HOME, /usr/lib/jvm or on PATH." >&2
  echo "       Install one (e.g. Temurin 21 or 25) and set JAVA_HOME to it." >&2
  return 1
}
