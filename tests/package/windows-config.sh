#!/usr/bin/env bash
# The Windows installer's CMake side, checked on Linux: the project configures with
# -DDJ_WINDOWS_INSTALLER=ON, CPackConfig.cmake holds the NSIS settings (generator, Start menu,
# desktop shortcut, file associations and their removal, Unicode), the install-time deploy
# step is wired, the .ico is rendered, and makensis (Debian's nsis) compiles the generated
# installer script, with that icon, around placeholder files. The programs themselves are not
# built for Windows here.
# usage: windows-config.sh SOURCE_DIR WORK_DIR GENERATOR
set -euo pipefail
src=$1 work=$2 generator=$3
fail() { echo "FAIL: $*"; exit 1; }

rm -rf "$work"
mkdir -p "$work"
cmake -S "$src" -B "$work/build" -G "$generator" -DDJ_WINDOWS_INSTALLER=ON -DDJ_BUILD_TESTS=OFF \
  >"$work/configure.log" 2>&1 || { cat "$work/configure.log"; fail "configure failed"; }
cfg="$work/build/CPackConfig.cmake"
cmake -DCFG="$cfg" -P "$(dirname "$0")/print-cpack-vars.cmake" >"$work/vars" 2>&1 || fail "cannot read $cfg"
has() { grep -qF -- "$1" "$work/vars" || { cat "$work/vars"; fail "CPackConfig.cmake lacks: $1"; }; }
has 'CPACK_GENERATOR=NSIS'
has 'CPACK_PACKAGE_EXECUTABLES=dangjian;机关党建工作台' # the Start-menu entry
has 'CPACK_NSIS_EXECUTABLES_DIRECTORY=bin'
has 'CPACK_NSIS_DEFINES=Unicode true'
has 'CPACK_NSIS_INSTALL_ROOT=$PROGRAMFILES64'
has "CPACK_NSIS_MUI_ICON=$work/build/installer/dangjian.ico"
has 'CreateShortCut "$DESKTOP\机关党建工作台.lnk" "$INSTDIR\bin\dangjian.exe"'
has 'Delete "$DESKTOP\机关党建工作台.lnk"'
for ext in djdb djpkg; do
  has "WriteRegStr SHCTX \"Software\Classes\.$ext\" \"\" \"DangjianDesk."
  has "DeleteRegKey /ifempty SHCTX \"Software\Classes\.$ext\""
done
for type in Database Package; do
  has "WriteRegStr SHCTX \"Software\Classes\DangjianDesk.$type\shell\open\command\" \"\" '\"\$INSTDIR\bin\dangjian.exe\" \"%1\"'"
  has "DeleteRegKey SHCTX \"Software\Classes\DangjianDesk.$type\""
done
# The uninstaller leaves the user's data alone: none of its commands names AppData.
uninstall=$(sed -n '/^CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS=/,$p' "$work/vars" | grep -v '^ *;')
! grep -qi 'appdata' <<< "$uninstall" || fail "the uninstall commands touch AppData"
grep -q 'deploy.cmake' "$work/build/installer/cmake_install.cmake" || fail "deploy step not installed"
grep -q 'windeployqt' "$work/build/installer/deploy.cmake" || fail "deploy step does not run windeployqt"
grep -q "iconengines/qsvgicon" "$work/build/installer/deploy.cmake" || fail "deploy step does not make sure of the SVG icon engine"

# The icon: rendered by the build (only this target is built), 8 sizes, 256 px as PNG.
cmake --build "$work/build" --target dj_windows_icon >"$work/build.log" 2>&1 ||
  { cat "$work/build.log"; fail "building the .ico failed"; }
ico="$work/build/installer/dangjian.ico"
[ "$(od -An -tu1 -N6 "$ico" | tr -s ' ')" = " 0 0 1 0 8 0" ] || fail "$ico is not an icon file of 8 images"
grep -q 'PNG' "$ico" || fail "$ico has no PNG image (256 px)"

if ! command -v makensis >/dev/null; then
  echo "makensis not found: apt-get install nsis (installer/dev.sh does)"; exit 1
fi
# Placeholder programs instead of the project's install (no Windows binaries here).
mkdir -p "$work/fake/bin"
printf 'MZ' >"$work/fake/bin/dangjian.exe"
printf 'MZ' >"$work/fake/bin/dangjian-cli.exe"
cpack --config "$cfg" -B "$work/out" -D CPACK_INSTALL_CMAKE_PROJECTS= \
  -D "CPACK_INSTALLED_DIRECTORIES=$work/fake;." >"$work/cpack.log" 2>&1 ||
  { cat "$work/cpack.log"; cat "$work"/out/_CPack_Packages/*/NSIS/NSISOutput.log 2>/dev/null; fail "cpack -G NSIS failed"; }
exe=$(ls "$work"/out/dangjian-*-win64.exe) || fail "no installer made"
nsi=$(ls "$work"/out/_CPack_Packages/*/NSIS/project.nsi)
grep -qF 'CreateShortCut "$SMPROGRAMS\$STARTMENU_FOLDER\机关党建工作台.lnk" "$INSTDIR\bin\dangjian.exe"' "$nsi" ||
  fail "no Start-menu shortcut in project.nsi"
(cd "$(dirname "$nsi")" && makensis -V3 project.nsi) >"$work/makensis.log" 2>&1 || fail "makensis"
grep -q 'x86-unicode' "$work/makensis.log" || fail "the installer is not Unicode"
echo "$(basename "$exe"): $(stat -c %s "$exe") bytes; NSIS configuration: ok"
