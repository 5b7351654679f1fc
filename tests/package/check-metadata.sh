#!/usr/bin/env bash
# Fast checks of the files the packages install, as generated in the build tree.
# usage: check-metadata.sh WHAT INSTALLER_BUILD_DIR INSTALLER_SOURCE_DIR APP_ID
#   WHAT: desktop | metainfo | mime | icons | uos-info
set -euo pipefail
what=$1 bin=$2 src=$3 appid=$4

need() { command -v "$1" >/dev/null || { echo "$1 not found: apt-get install $2 (installer/dev.sh does)"; exit 1; }; }
fail() { echo "FAIL: $*"; exit 1; }

# PNG width and height from the IHDR chunk (bytes 16..23, big-endian).
png_size() { od -An -tu1 -j16 -N8 "$1" | awk '{print $1*16777216+$2*65536+$3*256+$4 "x" $5*16777216+$6*65536+$7*256+$8}'; }

case $what in
  desktop)
    need desktop-file-validate desktop-file-utils
    for f in "$bin/desktop/dangjian.desktop" "$bin/desktop/$appid.desktop"; do
      desktop-file-validate "$f" || fail "$f is not a valid desktop entry"
      grep -qx 'Name\[zh_CN\]=机关党建工作台' "$f" || fail "$f: no Chinese name"
      grep -qx 'MimeType=application/x-dangjian-db;application/x-dangjian-package;' "$f" ||
        fail "$f: MimeType must list both file types"
    done
    grep -qx 'Exec=dangjian %f' "$bin/desktop/dangjian.desktop" || fail "Debian entry: Exec=dangjian %f"
    grep -qx 'Icon=dangjian' "$bin/desktop/dangjian.desktop" || fail "Debian entry: Icon=dangjian"
    grep -qx "Exec=/opt/apps/$appid/files/bin/dangjian %f" "$bin/desktop/$appid.desktop" ||
      fail "UOS entry: Exec must be the absolute path under /opt/apps/$appid/files/bin"
    grep -qx "Icon=$appid" "$bin/desktop/$appid.desktop" || fail "UOS entry: Icon=$appid"
    ;;
  metainfo)
    need appstreamcli appstream
    f="$bin/$appid.metainfo.xml"
    appstreamcli validate --no-net --pedantic "$f" || fail "$f does not pass appstreamcli validate"
    grep -q '<name xml:lang="zh_CN">机关党建工作台</name>' "$f" || fail "$f: no Chinese name"
    grep -q '<release version="[0-9.]*" date="[0-9-]*"' "$f" || fail "$f: no release"
    ;;
  mime)
    # The types as the desktop sees them: update-mime-database builds a database from our XML.
    need update-mime-database shared-mime-info
    tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
    mkdir -p "$tmp/packages"
    cp "$src/dangjian-mime.xml" "$tmp/packages/dangjian.xml"
    # Valid against the DTD that shared-mime-info ships inside its own freedesktop.org.xml.
    need xmllint libxml2-utils
    sed -n '/<!DOCTYPE mime-info \[/,/^\]>/p' /usr/share/mime/packages/freedesktop.org.xml |
      sed '1d;$d' >"$tmp/mime.dtd"
    [ -s "$tmp/mime.dtd" ] || fail "no DTD found in /usr/share/mime/packages/freedesktop.org.xml"
    xmllint --noout --dtdvalid "$tmp/mime.dtd" "$src/dangjian-mime.xml" || fail "dangjian-mime.xml is not valid"
    # (It notes that a temporary folder is not on the search path: expected here.)
    update-mime-database "$tmp" >"$tmp/log" 2>&1 || { cat "$tmp/log"; fail "update-mime-database failed"; }
    ! grep -qi 'error\|warning\|invalid\|unknown' "$tmp/log" || { cat "$tmp/log"; fail "update-mime-database complained"; }
    grep -qx '50:application/x-dangjian-db:\*\.djdb' "$tmp/globs2" || fail "no *.djdb glob"
    grep -qx '50:application/x-dangjian-package:\*\.djpkg' "$tmp/globs2" || fail "no *.djpkg glob"
    for t in x-dangjian-db x-dangjian-package; do
      grep -q 'xml:lang="zh_CN"' "$tmp/application/$t.xml" || fail "$t: no Chinese comment"
    done
    grep -q 'application/x-dangjian-db application/vnd.sqlite3' "$tmp/subclasses" ||
      fail "a data file must be a kind of SQLite database"
    ;;
  icons)
    for s in 48 64 128 256; do
      f="$bin/icons/${s}x${s}/dangjian.png"
      [ -s "$f" ] || fail "$f missing"
      [ "$(png_size "$f")" = "${s}x${s}" ] || fail "$f is $(png_size "$f"), not ${s}x${s}"
    done
    # Not a blank image: the 48 px icon is more than a few hundred bytes of PNG.
    [ "$(stat -c %s "$bin/icons/48x48/dangjian.png")" -gt 500 ] || fail "48 px icon looks empty"
    ;;
  uos-info)
    cmake -DINFO="$bin/uos/info" -DAPP_ID="$appid" -P "$(dirname "$0")/check-uos-info.cmake"
    ;;
  *) echo "unknown check $what"; exit 2 ;;
esac
echo "$what: ok"
