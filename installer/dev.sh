#!/usr/bin/env bash
# The README's two commands: `bash installer/dev.sh run` and `bash installer/dev.sh test`
# (and `deb`, `fuzz`).
# Installs what is missing (Debian 12, as root), builds, then starts the program or runs
# every test. Depends on nothing left on the machine by an earlier run.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6svg6-dev qt6-translations-l10n libgl-dev
  catch2 libsqlite3-dev sqlite3 libsodium-dev libxlsxwriter-dev libminizip-dev libfreexl-dev zlib1g-dev
  fonts-wqy-microhei fonts-arphic-uming fonts-noto-cjk poppler-utils unzip
  libqt6sql6-sqlite libqt6svg6 dpkg-dev desktop-file-utils appstream shared-mime-info libxml2-utils nsis)

# install_missing [PACKAGE...]: those (default: PACKAGES) that are not installed yet.
install_missing() {
  local wanted=("$@") missing=()
  ((${#wanted[@]})) || wanted=("${PACKAGES[@]}")
  for p in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if ((${#missing[@]})); then
    echo "Installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

jobs=$(nproc 2>/dev/null || echo 2)

case "${1:-}" in
  run)
    install_missing
    cmake --preset release >/dev/null
    cmake --build --preset release -j "$jobs"
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
      echo "No display found: starting offscreen (set DISPLAY to see the window)." >&2
      export QT_QPA_PLATFORM=offscreen
    fi
    shift
    # No file named: the demo department (created on first use), as the README promises.
    [ $# -gt 0 ] || set -- --demo
    exec .build/release/app/dangjian "$@"
    ;;
  test)
    install_missing
    # 1. Core and CLI alone, without QtGui/QtWidgets even found: proves core needs neither.
    cmake --preset core-only >/dev/null
    cmake --build --preset core-only -j "$jobs"
    bash .ci/check-core-deps .build/core-only
    # 2. Everything, warnings as errors, then every test; no tests found is a failure.
    cmake --preset ci >/dev/null
    cmake --build --preset ci -j "$jobs"
    QT_QPA_PLATFORM=offscreen ctest --test-dir .build/ci --output-on-failure --no-tests=error -j "$jobs"
    ;;
  deb)
    # The Debian package from a release build; `deb uos` the UOS/deepin layout instead (a
    # tree of its own: one more full build).
    install_missing
    if [ "${2:-}" = uos ]; then
      cmake -S . -B .build/uos -G Ninja -DCMAKE_BUILD_TYPE=Release -DDJ_UOS_LAYOUT=ON \
        -DDJ_BUILD_TESTS=OFF >/dev/null
      cmake --build .build/uos -j "$jobs"
      (cd .build/uos && cpack -G DEB)
      ls -1 "$PWD"/.build/uos/*.deb
    else
      cmake --preset release >/dev/null
      cmake --build --preset release -j "$jobs"
      (cd .build/release && cpack -G DEB)
      ls -1 "$PWD"/.build/release/dangjian_*.deb
      echo "Install with: sudo apt-get install ./.build/release/$(cd .build/release && ls dangjian_*.deb | tail -1)"
    fi
    ;;
  fuzz)
    # Time-boxed libFuzzer runs (clang-14, ASan, UBSan) of the harnesses in tests/fuzz:
    # `fuzz [TARGET|all] [SECONDS]`, every target for 60 s by default, one after the other.
    # Each fuzzer starts from a scratch copy of tests/fuzz/corpus/TARGET (the stored corpus
    # does not grow); an input that crashes is kept in .build/fuzz/crashes/TARGET/.
    install_missing
    install_missing clang-14 libclang-rt-14-dev # libFuzzer and the sanitizers: fuzzing only
    all=(package payload xlsx xls csv scheme)
    targets=("${all[@]}")
    if [ -n "${2:-}" ] && [ "$2" != all ]; then
      [[ " ${all[*]} " == *" $2 "* ]] || { echo "fuzz targets: ${all[*]}" >&2; exit 2; }
      targets=("$2")
    fi
    seconds=${3:-60}
    CC=clang-14 CXX=clang++-14 cmake -S . -B .build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DDJ_FUZZ=ON -DDJ_BUILD_GUI=OFF -DDJ_BUILD_TESTS=OFF >/dev/null
    cmake --build .build/fuzz -j "$jobs" --target "${targets[@]/#/fuzz_}"
    status=0
    for t in "${targets[@]}"; do
      scratch=$(mktemp -d)
      cp tests/fuzz/corpus/"$t"/* "$scratch"/
      mkdir -p .build/fuzz/crashes/"$t"
      log=.build/fuzz/fuzz-$t.log
      dict=()
      case $t in xlsx | scheme) dict=(-dict=tests/fuzz/xlsx.dict) ;; esac
      rc=0
      .build/fuzz/tests/fuzz/fuzz_"$t" "$scratch" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2560 \
        "${dict[@]}" -print_final_stats=1 -artifact_prefix=.build/fuzz/crashes/"$t"/ >"$log" 2>&1 || rc=$?
      rm -rf "$scratch"
      execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
      rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
      crash=0
      if [ "$rc" -ne 0 ]; then
        status=1
        crash=$(sed -n 's/.*Test unit written to //p' "$log" | tail -1)
        crash="${crash:-exit status $rc} (log: $log)"
      fi
      printf '%-8s %12s executions %7s exec/s   crashes: %s\n' "$t" "${execs:-?}" "${rate:-?}" "$crash"
    done
    exit "$status"
    ;;
  *)
    echo "usage: bash installer/dev.sh run|test|deb [uos]|fuzz [TARGET|all] [SECONDS]" >&2
    exit 2
    ;;
esac
