; Inserted by CPack into the uninstaller (CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS). Removes only
; what extra-install.nsh made: an extension is left alone if another program has taken it
; since. User data (%APPDATA%\DangjianDesk\dangjian and the data files) is never touched.
  Delete "$DESKTOP\机关党建工作台.lnk"
  DeleteRegKey SHCTX "Software\Classes\DangjianDesk.Database"
  DeleteRegKey SHCTX "Software\Classes\DangjianDesk.Package"
  DeleteRegKey SHCTX "Software\Classes\Applications\dangjian.exe"
  DeleteRegValue SHCTX "Software\Classes\.djdb\OpenWithProgids" "DangjianDesk.Database"
  DeleteRegValue SHCTX "Software\Classes\.djpkg\OpenWithProgids" "DangjianDesk.Package"
  DeleteRegKey /ifempty SHCTX "Software\Classes\.djdb\OpenWithProgids"
  DeleteRegKey /ifempty SHCTX "Software\Classes\.djpkg\OpenWithProgids"
  ReadRegStr $0 SHCTX "Software\Classes\.djdb" ""
  StrCmp $0 "DangjianDesk.Database" 0 +2
    DeleteRegValue SHCTX "Software\Classes\.djdb" ""
  ReadRegStr $0 SHCTX "Software\Classes\.djpkg" ""
  StrCmp $0 "DangjianDesk.Package" 0 +2
    DeleteRegValue SHCTX "Software\Classes\.djpkg" ""
  DeleteRegKey /ifempty SHCTX "Software\Classes\.djdb"
  DeleteRegKey /ifempty SHCTX "Software\Classes\.djpkg"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
