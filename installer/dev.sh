#!/usr/bin/env bash
# The README's two commands: `bash installer/dev.sh run` and `bash installer/dev.sh test`.
# Installs what is missing (Debian 12, as root), builds, then starts the program or runs
# every test. Depends on nothing left on the machine by an earlier run.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6svg6-dev qt6-translations-l10n libgl-dev
  catch2 libsqlite3-dev sqlite3 libsodium-dev libxlsxwriter-dev libminizip-dev zlib1g-dev
  fonts-wqy-microhei fonts-noto-cjk poppler-utils unzip
  libqt6sql6-sqlite dpkg-dev desktop-file-utils appstream shared-mime-info libxml2-utils nsis)

install_missing() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
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
  *)
    echo "usage: bash installer/dev.sh run|test|deb [uos]" >&2
    exit 2
    ;;
esac
