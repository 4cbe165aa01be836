#!/bin/sh
# Starts or stops a private X server (Xvfb) for the SWT tests of this bundle when the build has no DISPLAY.
# Used by the pom's "no-display" profile:  xvfb.sh start NUMBER  /  xvfb.sh stop
# The server dies with the Maven process that started it, even when the build stops early.
set -eu
cd "$(dirname "$0")"
pidfile=target/xvfb.pid
case "${1:-}" in
start)
  n=$2
  if ! command -v Xvfb >/dev/null 2>&1; then
    echo "the diagram view tests need a display: set DISPLAY, or install Xvfb (Debian: apt-get install xvfb libgtk-3-0)" >&2
    exit 1
  fi
  mkdir -p target
  maven=$PPID
  # setsid and no open stdout/stderr: the Maven exec plugin must not wait for these processes
  setsid Xvfb ":$n" -nolisten tcp -screen 0 1280x1024x24 </dev/null >target/xvfb.log 2>&1 &
  echo $! > "$pidfile"
  xvfb=$!
  setsid sh -c "while kill -0 $maven 2>/dev/null && kill -0 $xvfb 2>/dev/null; do sleep 5; done; kill $xvfb 2>/dev/null" \
    </dev/null >/dev/null 2>&1 &
  i=0
  while [ ! -S "/tmp/.X11-unix/X$n" ]; do
    i=$((i + 1))
    if [ $i -gt 100 ] || ! kill -0 "$xvfb" 2>/dev/null; then
      echo "Xvfb :$n did not start:" >&2
      cat target/xvfb.log >&2
      exit 1
    fi
    sleep 0.1
  done
  echo "Xvfb :$n started for the diagram view tests"
  ;;
stop)
  if [ -f "$pidfile" ]; then
    kill "$(cat "$pidfile")" 2>/dev/null || true
    rm -f "$pidfile"
  fi
  ;;
*)
  echo "usage: xvfb.sh start NUMBER | stop" >&2
  exit 2
  ;;
esac
