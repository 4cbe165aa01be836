#!/usr/bin/env bash
# Proves that the API baseline check (tycho-baseline-plugin against releng/baseline/spi-1.0) fails the build on an
# incompatible SPI change made without a major version bump:
#   1. copies the sources (no target/, out/, .git) into a scratch folder;
#   2. removes the public method LocalizedText.get(Locale) of org.zeren.core.spi (an incompatible change);
#   3. builds org.zeren.model and org.zeren.core there (no tests) and expects the build to FAIL with
#      "Baseline problems found" naming org.zeren.core.spi;
#   4. then declares the major bump (org.zeren.core.spi;version="2.0.0") and expects the build to PASS.
# Exit 0 when both hold, 1 otherwise. Extra Maven arguments (e.g. -o) are passed on. Takes about a minute.
set -euo pipefail
# run by Maven (releng/org.zeren.plugin.tests) with --offline=true|false first: -o when the outer build is offline
case "${1:-}" in
  --offline=true) shift; set -- -o "$@" ;;
  --offline=*) shift ;;
esac
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SCRATCH="$(mktemp -d "${TMPDIR:-/tmp}/zeren-baseline.XXXXXX")"
trap 'rm -rf "$SCRATCH"' EXIT

(cd "$ROOT" && tar --exclude=./.git --exclude='*/target' --exclude=./out --exclude=./examples -cf - .) | (cd "$SCRATCH" && tar -xf -)
SPI="$SCRATCH/bundles/org.zeren.core/src/org/zeren/core/spi/LocalizedText.java"
MANIFEST="$SCRATCH/bundles/org.zeren.core/META-INF/MANIFEST.MF"
python3 - "$SPI" <<'PY'
import sys
p = sys.argv[1]; s = open(p, encoding='utf-8').read()
start = s.index('\t/**\n\t * @param locale')
end = s.index('\t@Override', start)
open(p, 'w', encoding='utf-8').write(s[:start] + s[end:])
PY
grep -q 'public String get(Locale' "$SPI" && { echo "check-api-baseline: could not remove LocalizedText.get" >&2; exit 1; }

build() {
  (cd "$SCRATCH" && ./build "$@" clean verify -DskipTests -pl targetplatform,bundles/org.zeren.model,bundles/org.zeren.core)
}

echo "check-api-baseline: building with LocalizedText.get(Locale) removed and org.zeren.core.spi still 1.0.0 (must fail)"
if build "$@" > "$SCRATCH/incompatible.log" 2>&1; then
  echo "check-api-baseline: FAILED: the incompatible SPI change was accepted" >&2
  exit 1
fi
if ! grep -q "Baseline problems found" "$SCRATCH/incompatible.log" || ! grep -q "org.zeren.core.spi" "$SCRATCH/incompatible.log"; then
  echo "check-api-baseline: FAILED: the build failed, but not on the baseline check:" >&2
  tail -n 40 "$SCRATCH/incompatible.log" >&2
  exit 1
fi
grep -m 1 "Baseline problems found" "$SCRATCH/incompatible.log" | sed 's/^/  /'

sed -i 's/org.zeren.core.spi;version="1.0.0"/org.zeren.core.spi;version="2.0.0"/' "$MANIFEST"
echo "check-api-baseline: building the same change with org.zeren.core.spi 2.0.0 (must pass)"
if ! build "$@" > "$SCRATCH/bumped.log" 2>&1; then
  echo "check-api-baseline: FAILED: the build with the major bump failed:" >&2
  tail -n 40 "$SCRATCH/bumped.log" >&2
  exit 1
fi
echo "check-api-baseline: OK (incompatible change refused without a major bump, accepted with it)"
