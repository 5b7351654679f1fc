#!/usr/bin/env bash
# The Debian package as a user gets it: built with cpack from this build tree, installed with
# apt-get, both programs run from /usr/bin, the installed metadata validated, then purged
# without leaving a file behind. Needs root and apt-get; otherwise it is skipped (exit 77).
# usage: install-deb.sh BUILD_DIR WORK_DIR VERSION
set -euo pipefail
build=$1 work=$2 version=$3
skip=77
marker=/var/tmp/dj-package-test.installed # "the dangjian installed here is this test's"

if [ "$(id -u)" -ne 0 ]; then echo "SKIP: installing a package needs root"; exit $skip; fi
if ! command -v apt-get >/dev/null || ! command -v dpkg-deb >/dev/null; then
  echo "SKIP: no apt-get/dpkg here"; exit $skip
fi
# One install test at a time on this machine (several build trees may run their ctest).
exec 9>/var/tmp/dj-package-test.lock
flock 9

installed() { [ "$(dpkg-query -W -f='${Status}' dangjian 2>/dev/null)" = "install ok installed" ]; }
apt() { DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 -y -q "$@"; }
if installed; then
  if [ -e "$marker" ]; then
    echo "Purging the dangjian an earlier run of this test left installed."
    apt purge dangjian >/dev/null
  else
    echo "SKIP: a dangjian package is installed here already and this test would purge it;"
    echo "      remove it first (apt-get purge dangjian) to run the test."
    exit $skip
  fi
fi
cleanup() {
  [ -n "${gui_pid:-}" ] && kill "$gui_pid" 2>/dev/null || true
  if installed && [ -e "$marker" ]; then apt purge dangjian >/dev/null || true; fi
  rm -f "$marker"
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; exit 1; }

rm -rf "$work"
mkdir -p "$work/home"
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export XDG_RUNTIME_DIR="$work/home/runtime" LANG=C.UTF-8
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

echo "== cpack"
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/pkg" >"$work/cpack.log" 2>&1 ||
  { cat "$work/cpack.log"; fail "cpack failed"; }
deb="$work/pkg/dangjian_${version}_$(dpkg --print-architecture).deb"
[ -f "$deb" ] || { ls "$work/pkg"; fail "no $deb"; }
dpkg-deb -f "$deb" Package Version Depends Recommends | tee "$work/control"
depends=$(dpkg-deb -f "$deb" Depends)
for d in libqt6sql6-sqlite libqt6svg6 qt6-translations-l10n 'fonts-wqy-microhei | fonts-noto-cjk' \
         'fonts-arphic-uming | fonts-wqy-microhei' \
         libqt6widgets6 libqt6gui6 libsqlite3-0 libsodium23 libfreexl1; do
  [[ "$depends" == *"$d"* ]] || fail "Depends lacks $d"
done

echo "== apt-get install"
touch "$marker"
apt install --no-install-recommends "$deb" >"$work/install.log" 2>&1 ||
  { cat "$work/install.log"; fail "apt-get install failed"; }
installed || fail "dangjian is not installed after apt-get install"
# The package's files (not its directories, which other packages share).
dpkg -L dangjian | while read -r f; do [ -d "$f" ] || echo "$f"; done >"$work/files"
echo "$(wc -l <"$work/files") files installed"

echo "== installed programs"
[ "$(/usr/bin/dangjian-cli --version)" = "dangjian-cli $version" ] || fail "dangjian-cli --version"
/usr/bin/dangjian-cli demo "$work/demo.djdb" >/dev/null || fail "dangjian-cli demo"
/usr/bin/dangjian-cli check "$work/demo.djdb" >/dev/null || fail "dangjian-cli check on the demo file"
QT_QPA_PLATFORM=offscreen /usr/bin/dangjian "$work/demo.djdb" >"$work/gui.log" 2>&1 &
gui_pid=$!
sleep 3
kill -0 "$gui_pid" 2>/dev/null || { cat "$work/gui.log"; fail "the installed GUI exited within 3 s"; }
# It really opened the file, through Qt's SQLite driver (a plugin shlibdeps cannot see).
opened=no
for _ in $(seq 20); do
  if grep -q "$work/demo.djdb" < <(ls -l "/proc/$gui_pid/fd" 2>/dev/null); then opened=yes; break; fi
  sleep 0.5
done
[ $opened = yes ] || { cat "$work/gui.log"; fail "the GUI did not open $work/demo.djdb"; }
grep -q 'sqldrivers/libqsqlite.so' "/proc/$gui_pid/maps" || fail "the GUI did not load the QSQLITE driver"
kill "$gui_pid"; wait "$gui_pid" 2>/dev/null || true; gui_pid=
echo "GUI ran and opened the demo file"

echo "== installed metadata"
desktop-file-validate /usr/share/applications/dangjian.desktop || fail "desktop entry invalid"
appstreamcli validate --no-net /usr/share/metainfo/org.dangjiandesk.dangjian.metainfo.xml ||
  fail "metainfo invalid"
for s in 48 64 128 256; do
  f=/usr/share/icons/hicolor/${s}x${s}/apps/dangjian.png
  [ -s "$f" ] || fail "$f missing"
  size=$(od -An -tu1 -j16 -N8 "$f" | awk '{print $3*256+$4 "x" $7*256+$8}')
  [ "$size" = "${s}x${s}" ] || fail "$f is $size"
done
[ -s /usr/share/icons/hicolor/scalable/apps/dangjian.svg ] || fail "SVG icon missing"
[ -s /usr/share/man/man1/dangjian-cli.1.gz ] && gzip -t /usr/share/man/man1/dangjian-cli.1.gz ||
  fail "man page missing or not gzip"
# dpkg triggers ran: the MIME database and the desktop database know the file types.
[ -f /usr/share/mime/application/x-dangjian-db.xml ] || fail "MIME database lacks x-dangjian-db"
[ -f /usr/share/mime/application/x-dangjian-package.xml ] || fail "MIME database lacks x-dangjian-package"
if [ -f /usr/share/applications/mimeinfo.cache ]; then
  grep -q '^application/x-dangjian-db=.*dangjian.desktop' /usr/share/applications/mimeinfo.cache ||
    fail "desktop database does not open .djdb with dangjian.desktop"
fi

echo "== apt-get purge"
apt purge dangjian >"$work/purge.log" 2>&1 || { cat "$work/purge.log"; fail "apt-get purge failed"; }
rm -f "$marker"
! installed || fail "still installed after purge"
left=$(while read -r f; do [ -e "$f" ] && echo "$f"; done <"$work/files" || true)
[ -z "$left" ] || fail "files left after purge: $left"
[ ! -e /usr/share/mime/application/x-dangjian-db.xml ] || fail "MIME type left in the database after purge"
echo "installed, ran, purged: ok"
