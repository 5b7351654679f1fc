#!/usr/bin/env bash
# The UOS/deepin layout (-DDJ_UOS_LAYOUT=ON) without a second build of the program: a small
# tree is configured with the option, builds only its icons and man pages, and borrows the two
# programs of the tree under test (they do not depend on the layout; only their install RPATH
# does, so that tree skips it). cpack makes the package; its file list, control fields, info
# file and desktop entry are checked, and the unpacked CLI runs.
# usage: uos-layout.sh SOURCE_DIR WORK_DIR GENERATOR BUILD_TYPE GUI_BINARY CLI_BINARY APP_ID VERSION
set -euo pipefail
src=$1 work=$2 generator=$3 build_type=$4 gui=$5 cli=$6 appid=$7 version=$8
fail() { echo "FAIL: $*"; exit 1; }
command -v dpkg-deb >/dev/null || { echo "SKIP: no dpkg-deb"; exit 77; }

rm -rf "$work"
mkdir -p "$work"
echo "== configure with DJ_UOS_LAYOUT=ON"
cmake -S "$src" -B "$work/build" -G "$generator" -DCMAKE_BUILD_TYPE="$build_type" \
  -DDJ_UOS_LAYOUT=ON -DDJ_BUILD_TESTS=OFF -DCMAKE_SKIP_INSTALL_RPATH=ON >"$work/configure.log" 2>&1 ||
  { cat "$work/configure.log"; fail "configure failed"; }
cmake --build "$work/build" --target dj_icons dj_man_pages -j 2 >"$work/build.log" 2>&1 ||
  { cat "$work/build.log"; fail "building the icons and man pages failed"; }
cp "$gui" "$work/build/app/dangjian"
cp "$cli" "$work/build/app/dangjian-cli"

echo "== cpack"
(cd "$work/build" && cpack -B "$work/out") >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; fail "cpack failed"; }
debs=("$work"/out/*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one .deb in $work/out"
deb=${debs[0]}
echo "$(basename "$deb")"
[ "$(dpkg-deb -f "$deb" Package)" = "$appid" ] || fail "package name must be the appid $appid"
[[ "$(dpkg-deb -f "$deb" Version)" =~ ^$version\.[0-9]+$ ]] || fail "version must be $version.BUILD"

root=/opt/apps/$appid
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\.||' >"$work/list"
outside=$(grep -v -e '^/$' -e '^/opt/$' -e '^/opt/apps/$' -e "^$root/" -e "^$root\$" "$work/list" || true)
[ -z "$outside" ] || fail "files outside $root: $outside"
for f in "$root/info" "$root/entries/applications/$appid.desktop" "$root/files/bin/dangjian" \
         "$root/files/bin/dangjian-cli" "$root/entries/mime/packages/$appid.xml" \
         "$root/entries/icons/hicolor/scalable/apps/$appid.svg" \
         "$root/entries/icons/hicolor/48x48/apps/$appid.png" \
         "$root/entries/icons/hicolor/256x256/apps/$appid.png"; do
  grep -qx "$f" "$work/list" || fail "$f not in the package"
done
[ -z "$(dpkg-deb --ctrl-tarfile "$deb" | tar -t | grep -E 'postinst|preinst|prerm|postrm' || true)" ] ||
  fail "the store refuses packages with maintainer scripts"

echo "== unpacked"
dpkg-deb -x "$deb" "$work/root"
cmake -DINFO="$work/root$root/info" -DAPP_ID="$appid" -P "$(dirname "$0")/check-uos-info.cmake"
desktop="$work/root$root/entries/applications/$appid.desktop"
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$desktop" || fail "desktop entry"; fi
grep -qx "Exec=$root/files/bin/dangjian %f" "$desktop" || fail "Exec is not $root/files/bin/dangjian %f"
grep -qx "Icon=$appid" "$desktop" || fail "Icon is not $appid"
[ "$("$work/root$root/files/bin/dangjian-cli" --version)" = "dangjian-cli $version" ] || fail "unpacked CLI"
echo "UOS layout: ok"
