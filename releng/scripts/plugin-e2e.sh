#!/usr/bin/env bash
# End-to-end test of department plugins (issue 7), run by ./build verify (module releng/org.zeren.plugin.tests)
# after the p2 repository and the headless product are built. Needs releng/org.zeren.repository/target/repository
# and the materialized headless product. Every step prints one line; the first failure stops it with exit 1.
#
#  1. builds the example plugin examples/department-plugin (a separate Tycho project) with its own ./build against the
#     freshly built Zeren p2 repository (file: URL) plus Maven Central, with its unit tests, started as a new user
#     would: JAVA_HOME unset and the system's java (17 on the development machines) first on PATH, so ./build must
#     select a JDK 21+ itself; with only a Java 17 to be found, ./build stops naming the Java found and needed;
#  1b. drops garbage into dropins/ (random bytes, a truncated zip header, an SVG named *.jar): each is named in the
#     registry diagnostics of `zeren workareas` with the reason, and the 8 work areas still work; the same when the
#     launcher jar is started by hand (no ./zeren, so no -Dfelix.fileinstall.dir) from another folder: the product's
#     config.ini makes FileInstall watch the installation's dropins/ (not ./load);
#  2. installs it into a copy of the headless product by dropping the jar into dropins/; `zeren workareas` lists
#     the work area fire-safety; `zeren apply-templates` on the example organisation creates its FireSafetyDuty
#     elements, and `zeren validate` reports fire-safety.manager-missing on them; with a drill interval of 12 months
#     the rule fire-safety.drill-interval fires too (error, exit code 1);
#  3. uninstalls it (removes the jar): `zeren workareas` no longer lists it; the model that uses its types still
#     loads (`zeren info`) and `zeren save` writes it back byte for byte, with warnings about the kept content;
#  4. drops in the same plugin rebuilt for SPI 2.x: refused, and `zeren workareas` names it and both versions;
#  5. generates a skeleton with `zeren new-workarea`, builds it with the ./build it contains (the same script as the
#     example's) against the repository it was given (its test passes) and installs it: `zeren workareas` lists it;
#  6. drops the example plugin into a copy of the desktop product: started there headless (the command-line
#     application, which the desktop product also holds), it lists fire-safety; removed, it is gone.
# Maven arguments given to this script (e.g. -o) are passed to the nested builds.
set -euo pipefail
# run by Maven (releng/org.zeren.plugin.tests) with --offline=true|false first: -o when the outer build is offline
case "${1:-}" in
  --offline=true) shift; set -- -o "$@" ;;
  --offline=*) shift ;;
esac
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# PATH as a new user has it: without the JDK 21+ that ./build (of Zeren) or find-jdk.sh put first, so that a plugin's
# ./build must find one by itself (on the development machines, java on PATH is then /usr/bin/java, Java 17)
USER_PATH="$(tr ':' '\n' <<<"$PATH" | grep -v -e '/lib/jvm/' ${JAVA_HOME:+-e "^$JAVA_HOME/bin\$"} | paste -sd: -)"
. "$ROOT/releng/scripts/find-jdk.sh"
zeren_find_jdk
MVN_ARGS=("$@")
REPOSITORY="$ROOT/releng/org.zeren.repository/target/repository"
PRODUCT="$ROOT/releng/org.zeren.products/target/products/org.zeren.headless/linux/gtk/x86_64"
DESKTOP="$ROOT/releng/org.zeren.products/target/products/org.zeren.desktop/linux/gtk/x86_64"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/zeren-plugin-e2e.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

step() { echo "plugin-e2e: $*"; }
fail() { echo "plugin-e2e: FAILED: $*" >&2; exit 1; }
[ -f "$REPOSITORY/content.jar" ] || [ -f "$REPOSITORY/content.xml.xz" ] || fail "no p2 repository in $REPOSITORY"
[ -d "$PRODUCT/plugins" ] || fail "no headless product in $PRODUCT"

# the installed Zeren: a copy of the product, so that the build output stays untouched
cp -a "$PRODUCT" "$WORK/zeren"
INSTALLATION="$WORK/zeren"
zeren() { ZEREN_PRODUCT="$INSTALLATION" LANG=C.UTF-8 LC_ALL= LC_MESSAGES= "$ROOT/zeren" "$@"; }
# runs zeren, keeps stdout+stderr in $WORK/out.txt, checks the exit code
run() { local expected=$1; shift; set +e; zeren "$@" > "$WORK/out.txt" 2>&1; local code=$?; set -e
  [ "$code" = "$expected" ] || { cat "$WORK/out.txt" >&2; fail "zeren $* exited $code, expected $expected"; }; }
# validate: exit 0 (no error) or 1 (errors) both mean it ran; the findings are checked by their rule ids
runv() { set +e; zeren validate "$@" > "$WORK/out.txt" 2>&1; local code=$?; set -e
  [ "$code" = 0 ] || [ "$code" = 1 ] || { cat "$WORK/out.txt" >&2; fail "zeren validate $* exited $code"; }; }
expect() { grep -qF -- "$1" "$WORK/out.txt" || { cat "$WORK/out.txt" >&2; fail "expected \"$1\" in the output of the last command"; }; }
refute() { ! grep -qF -- "$1" "$WORK/out.txt" || { cat "$WORK/out.txt" >&2; fail "did not expect \"$1\" in the output of the last command"; }; }
build_plugin() { # $1 = project folder, then Maven arguments; builds it with its own ./build and its tests
  local dir="$1"; shift
  (cd "$dir" && env -u JAVA_HOME PATH="$USER_PATH" ./build -q "${MVN_ARGS[@]+"${MVN_ARGS[@]}"}" "$@" clean verify) \
    > "$WORK/build.txt" 2>&1 || { tail -n 60 "$WORK/build.txt" >&2; fail "the build of $dir failed"; }
}

step "1. building the example plugin against file:$REPOSITORY"
cp -a "$ROOT/examples/department-plugin" "$WORK/department-plugin"
rm -rf "$WORK"/department-plugin/*/target
build_plugin "$WORK/department-plugin" -Dzeren.repository="file:$REPOSITORY"
grep -q "^build: Java [0-9]* from " "$WORK/build.txt" || fail "./build did not say which JDK it selected"
PLUGIN="$(ls "$WORK"/department-plugin/org.example.zeren.firesafety/target/org.example.zeren.firesafety-*.jar)"
grep -q 'tests="4"' "$WORK"/department-plugin/org.example.zeren.firesafety/target/surefire-reports/TEST-*.xml \
  || fail "the example plugin's 4 unit tests did not run"
step "   built $(basename "$PLUGIN") with ./build ($(grep -m 1 '^build: Java' "$WORK/build.txt" | sed 's/^build: //'); java on PATH: $(env -u JAVA_HOME PATH="$USER_PATH" java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')); its 4 unit tests passed"

# a machine with only an old Java (a stand-in java that reports version 17): ./build stops before Maven, saying why
mkdir -p "$WORK/jdk17/bin"
printf '#!/bin/sh\necho "    java.specification.version = 17" >&2\n' > "$WORK/jdk17/bin/java"
chmod +x "$WORK/jdk17/bin/java"
set +e
(cd "$WORK/department-plugin" && JAVA_HOME="$WORK/jdk17" ZEREN_JDK_SEARCH="" PATH="$WORK/jdk17/bin:/usr/bin:/bin" \
  ./build -Dzeren.repository="file:$REPOSITORY" verify) > "$WORK/out.txt" 2>&1
code=$?
set -e
[ "$code" = 2 ] || { cat "$WORK/out.txt" >&2; fail "./build with only Java 17 exited $code, expected 2"; }
expect "build: this plugin needs a JDK 21 or newer (Tycho 5 and the Eclipse platform require Java 21)."
expect "build: found only: Java 17 in $WORK/jdk17"
refute "[INFO]"
step "   with only Java 17: ./build stops at once (exit 2) naming Java 17 and the JDK 21 it needs"

step "1b. garbage in dropins/ is reported, file by file"
mkdir -p "$WORK/zeren/dropins"
head -c 3000 /dev/urandom | tr 'P' 'Q' > "$WORK/zeren/dropins/random.jar"
printf 'PK\003\004\024\000' > "$WORK/zeren/dropins/truncated.jar"
printf '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>' > "$WORK/zeren/dropins/picture.jar"
run 0 workareas
expect "Installed work areas: 8"
expect "Registry diagnostics: 3"
expect "dropins/picture.jar is not a plugin and was not installed: not a zip/jar file (74 bytes, it starts with \"<svg xmlns=\"http\")"
expect "dropins/random.jar is not a plugin and was not installed: not a zip/jar file (3000 bytes, no zip header)"
expect "dropins/truncated.jar is not a plugin and was not installed: not a zip/jar file (6 bytes, a damaged or truncated zip file)"
mkdir "$WORK/elsewhere"
(cd "$WORK/elsewhere" && LC_ALL=C.UTF-8 "$JAVA_HOME/bin/java" -jar "$(ls "$INSTALLATION"/plugins/org.eclipse.equinox.launcher_*.jar | sort -V | tail -n 1)" \
  -nosplash -clean -data @none -application org.zeren.cli.app workareas) > "$WORK/out.txt" 2>&1 \
  || { cat "$WORK/out.txt" >&2; fail "the launcher started by hand failed"; }
expect "Registry diagnostics: 3"
expect "dropins/picture.jar is not a plugin and was not installed"
[ ! -e "$WORK/elsewhere/load" ] || fail "started by hand, FileInstall watched ./load instead of the installation's dropins/"
rm "$WORK"/zeren/dropins/{random,truncated,picture}.jar
run 0 workareas
expect "Registry diagnostics: 0"
step "   random bytes, a truncated zip and an SVG named *.jar: each named with the reason; the 8 work areas unchanged;"
step "   the launcher started by hand elsewhere also watches the installation's dropins/"

run 0 workareas
expect "Installed work areas: 8"
refute "org.example.zeren.firesafety"

step "2. installing: copy into dropins/"
cp "$PLUGIN" "$WORK/zeren/dropins/"
run 0 workareas
expect "Installed work areas: 9"
expect "fire-safety  消防安全 / Fire safety  #C62828  bundle org.example.zeren.firesafety"
expect "rules (2): fire-safety.drill-interval, fire-safety.manager-missing"
expect "Registry diagnostics: 0"
step "   zeren workareas lists fire-safety (9 work areas)"

cp "$ROOT/examples/lvjian-organisation.zeren" "$WORK/organisation.zeren"
runv "$WORK/organisation.zeren"
refute "fire-safety."
run 0 apply-templates "$WORK/organisation.zeren" -o "$WORK/fire.zeren"
[ "$(grep -c 'xsi:type="fs:FireSafetyDuty"' "$WORK/fire.zeren")" = 8 ] || fail "expected 8 FireSafetyDuty elements in $WORK/fire.zeren"
runv "$WORK/fire.zeren"
[ "$(grep -c 'WARNING  fire-safety.manager-missing' "$WORK/out.txt")" = 2 ] || { cat "$WORK/out.txt" >&2; fail "expected 2 warnings of fire-safety.manager-missing (the two labour-intensive enterprises)"; }
refute "fire-safety.drill-interval"
step "   apply-templates: 8 FireSafetyDuty elements for the 2 labour-intensive enterprises; fire-safety.manager-missing fires on both"

sed 's/drillIntervalMonths="6"/drillIntervalMonths="12"/' "$WORK/fire.zeren" > "$WORK/violating.zeren"
run 1 validate "$WORK/violating.zeren"
[ "$(grep -c 'ERROR  fire-safety.drill-interval' "$WORK/out.txt")" = 2 ] || { cat "$WORK/out.txt" >&2; fail "expected 2 errors of fire-safety.drill-interval (one drill duty per labour-intensive enterprise)"; }
expect "fire drills every 12 months, but a fire-safety key unit must rehearse at least every 6 months (FS-E-04)"
step "   validate: fire-safety.drill-interval fires on drills every 12 months (error, exit code 1)"

step "3. uninstalling: remove from dropins/"
rm "$WORK/zeren/dropins/$(basename "$PLUGIN")"
run 0 workareas
expect "Installed work areas: 8"
refute "org.example.zeren.firesafety"
run 0 info "$WORK/violating.zeren"
expect "warning:"
cp "$WORK/violating.zeren" "$WORK/violating.before"
run 0 save "$WORK/violating.zeren"
expect "warning:"
cmp -s "$WORK/violating.before" "$WORK/violating.zeren" || fail "zeren save changed the model after the plugin was removed"
runv "$WORK/violating.zeren"
refute "fire-safety."
step "   the model with fire-safety content loads (warnings), saves byte for byte unchanged, validates without the plugin"

step "4. a plugin built for SPI 2.x is refused"
python3 - "$PLUGIN" "$WORK/zeren/dropins/org.example.zeren.firesafety-spi2.jar" <<'PY'
import sys, zipfile, re
src, dst = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == 'META-INF/MANIFEST.MF':
            text = data.decode('utf-8').replace('\r\n ', '').replace('\n ', '')
            text = text.replace('org.zeren.core.spi;version="[1.0.0,2.0.0)"', 'org.zeren.core.spi;version="[2.0.0,3.0.0)"')
            text = re.sub(r'Bundle-Version: 1\.0\.0\.[^\r\n]*', 'Bundle-Version: 2.0.0', text)
            lines = []
            for line in text.splitlines():
                while len(line.encode('utf-8')) > 70:
                    lines.append(line[:70]); line = ' ' + line[70:]
                lines.append(line)
            data = ('\r\n'.join(lines) + '\r\n').encode('utf-8')
        zout.writestr(item, data)
PY
run 0 workareas
expect "Installed work areas: 8"
expect "plugin org.example.zeren.firesafety 2.0.0"
expect "is not compatible with this Zeren and was not started: it needs package org.zeren.core.spi [2.0.0,3.0.0), this Zeren provides 1.0.0"
rm "$WORK/zeren/dropins/org.example.zeren.firesafety-spi2.jar"
run 0 workareas
refute "org.example.zeren.firesafety"
step "   refused, named with both versions in zeren workareas; gone once removed"

step "5. zeren new-workarea: skeleton, build, test, install"
run 0 new-workarea --id noise-control --name-zh 噪声管控 --name-en "Noise control" --package org.example.noisecontrol \
  --zeren-repository "file:$REPOSITORY" -o "$WORK/noise-control"
expect "cd $WORK/noise-control && ./build -Dzeren.repository=file:$REPOSITORY verify"
expect "The plugin is $WORK/noise-control/target/org.example.noisecontrol-1.0.0-SNAPSHOT.jar"
diff <(grep -v '^default_repository=' "$WORK/noise-control/build") <(grep -v '^default_repository=' "$ROOT/examples/department-plugin/build") \
  > "$WORK/diff.txt" || { cat "$WORK/diff.txt" >&2; fail "the skeleton's ./build and examples/department-plugin/build differ"; }
build_plugin "$WORK/noise-control"
grep -q 'tests="1"' "$WORK"/noise-control/target/surefire-reports/TEST-*.xml || fail "the skeleton's unit test did not run"
cp "$WORK/noise-control/target/org.example.noisecontrol-1.0.0-SNAPSHOT.jar" "$WORK/zeren/dropins/"
run 0 workareas
expect "noise-control  噪声管控 / Noise control"
expect "Installed work areas: 9"
step "   the skeleton builds, its test passes, and zeren workareas lists noise-control"

step "6. the desktop product"
[ -d "$DESKTOP/plugins" ] || fail "no desktop product in $DESKTOP"
cp -a "$DESKTOP" "$WORK/desktop"
INSTALLATION="$WORK/desktop"
mkdir -p "$WORK/desktop/dropins"
cp "$PLUGIN" "$WORK/desktop/dropins/"
run 0 workareas
expect "fire-safety  消防安全 / Fire safety  #C62828  bundle org.example.zeren.firesafety"
expect "Registry diagnostics: 0"
rm "$WORK/desktop/dropins/$(basename "$PLUGIN")"
run 0 workareas
refute "org.example.zeren.firesafety"
step "   installed into and removed from the desktop product (started headless)"
step "OK"
