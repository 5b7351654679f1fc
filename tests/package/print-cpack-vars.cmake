# cmake -DCFG=CPackConfig.cmake -P print-cpack-vars.cmake: the CPack settings as CPack reads
# them (unescaped), one "NAME=value" block each, for the tests to grep.
include("${CFG}")
foreach(v CPACK_GENERATOR CPACK_PACKAGE_NAME CPACK_PACKAGE_VERSION CPACK_PACKAGE_EXECUTABLES
          CPACK_NSIS_EXECUTABLES_DIRECTORY CPACK_NSIS_DEFINES
          CPACK_NSIS_INSTALL_ROOT CPACK_NSIS_MUI_ICON CPACK_PACKAGE_INSTALL_DIRECTORY CPACK_NSIS_DISPLAY_NAME
          CPACK_NSIS_EXTRA_INSTALL_COMMANDS CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS)
  message("${v}=${${v}}")
endforeach()
