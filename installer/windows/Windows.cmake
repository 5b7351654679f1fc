# Windows installer (NSIS, made by `cpack -G NSIS`), included from installer/CMakeLists.txt when
# DJ_WINDOWS_INSTALLER is on. What it installs: bin/dangjian.exe and bin/dangjian-cli.exe, and
# beside them at install time (deploy.cmake) Qt's DLLs and plugins (windeployqt), Qt's Chinese
# translation, the other libraries' DLLs and the MSVC runtime. The installer adds a Start-menu
# entry and opens .djdb and .djpkg files with the program; the uninstaller removes those and
# the program, never the user's data (%APPDATA%\DangjianDesk\dangjian and the data files).

# windeployqt sits next to qmake in a Qt for Windows; it is not found on Linux, where only the
# configuration is tested.
find_program(DJ_WINDEPLOYQT NAMES windeployqt windeployqt6
  HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_LIBEXECS}"
  NO_DEFAULT_PATH)
if(NOT DJ_WINDEPLOYQT)
  if(WIN32)
    message(FATAL_ERROR "windeployqt not found in ${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}: "
                        "set DJ_WINDEPLOYQT to its path.")
  endif()
  message(WARNING "windeployqt not found: the NSIS configuration can be checked, but installing fails.")
  set(DJ_WINDEPLOYQT windeployqt)
endif()

# Where the DLLs of the libraries found with pkg-config live: <prefix>/bin, as vcpkg has them.
set(DJ_RUNTIME_DLL_DIRS "" CACHE STRING
  "Extra folders to look for DLLs the programs need (besides vcpkg's and pkg-config's bin)")
set(_dll_dirs ${DJ_RUNTIME_DLL_DIRS})
if(DEFINED VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
  list(APPEND _dll_dirs "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin"
                        "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/debug/bin")
endif()
foreach(_pc SQLITE3 XLSXWRITER MINIZIP SODIUM FREEXL)
  if(${_pc}_PREFIX)
    list(APPEND _dll_dirs "${${_pc}_PREFIX}/bin")
  endif()
endforeach()
list(REMOVE_DUPLICATES _dll_dirs)
set(DJ_DLL_DIRS "${_dll_dirs}")
set(DJ_QT_PLUGINS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_PLUGINS}")
set(DJ_QT_BINS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
set(DJ_QT_TRANSLATIONS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}")
configure_file(${CMAKE_CURRENT_LIST_DIR}/deploy.cmake.in ${CMAKE_CURRENT_BINARY_DIR}/deploy.cmake @ONLY)
install(SCRIPT ${CMAKE_CURRENT_BINARY_DIR}/deploy.cmake)

# msvcp140.dll, vcruntime140.dll ... into bin (does nothing with other compilers).
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
include(InstallRequiredSystemLibraries)

# The program's icon (.ico rendered from the SVG at build time): in dangjian.exe, on the file
# types (DefaultIcon ...\dangjian.exe,0) and on the installer.
if(DJ_BUILD_GUI)
  set(DJ_ICO ${CMAKE_CURRENT_BINARY_DIR}/dangjian.ico)
  add_custom_command(OUTPUT ${DJ_ICO}
    COMMAND dj_render_icon ${DJ_ICON_SVG} 16,20,24,32,40,48,64,256 ${DJ_ICO}
    DEPENDS dj_render_icon ${DJ_ICON_SVG} VERBATIM)
  add_custom_target(dj_windows_icon ALL DEPENDS ${DJ_ICO})
  if(WIN32)
    configure_file(${CMAKE_CURRENT_LIST_DIR}/dangjian.rc.in ${CMAKE_CURRENT_BINARY_DIR}/dangjian.rc @ONLY)
    target_sources(dangjian PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/dangjian.rc)
    add_dependencies(dangjian dj_windows_icon)
  endif()
  set(CPACK_NSIS_MUI_ICON ${DJ_ICO})
  set(CPACK_NSIS_MUI_UNIICON ${DJ_ICO})
endif()

set(CPACK_GENERATOR NSIS)
set(CPACK_PACKAGE_FILE_NAME dangjian-${PROJECT_VERSION}-win64)
set(CPACK_PACKAGE_INSTALL_DIRECTORY DangjianDesk)
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY DangjianDesk)
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_PACKAGE_NAME "机关党建工作台 Dangjian Desk")
set(CPACK_NSIS_DISPLAY_NAME "机关党建工作台 Dangjian Desk ${PROJECT_VERSION}")
set(CPACK_NSIS_PUBLISHER "${CPACK_PACKAGE_VENDOR}")
# Chinese names in shortcuts and the registry need a Unicode installer (NSIS 3 default: ANSI).
set(CPACK_NSIS_DEFINES "Unicode true")
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
# Start menu: "机关党建工作台" runs bin\dangjian.exe; the finish page offers to start it. (The
# desktop shortcut is made in extra-install.nsh: CPack offers it only on its English-only
# PATH page, which stays off.)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_PACKAGE_EXECUTABLES dangjian "机关党建工作台")
set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\dangjian.exe)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN dangjian.exe)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
file(READ ${CMAKE_CURRENT_LIST_DIR}/extra-install.nsh CPACK_NSIS_EXTRA_INSTALL_COMMANDS)
file(READ ${CMAKE_CURRENT_LIST_DIR}/extra-uninstall.nsh CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS)
