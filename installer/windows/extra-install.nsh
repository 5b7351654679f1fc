; Inserted by CPack into the installer's main section (CPACK_NSIS_EXTRA_INSTALL_COMMANDS):
; a desktop shortcut and the file types .djdb and .djpkg. SHCTX and $DESKTOP are
; HKLM\Software\Classes and the common desktop for an administrator's install for all users
; (CPack's .onInit sets the shell context to "all" then), HKCU and the user's own otherwise.
  CreateShortCut "$DESKTOP\机关党建工作台.lnk" "$INSTDIR\bin\dangjian.exe"
  WriteRegStr SHCTX "Software\Classes\DangjianDesk.Database" "" "机关党建工作台数据文件"
  WriteRegStr SHCTX "Software\Classes\DangjianDesk.Database\DefaultIcon" "" "$INSTDIR\bin\dangjian.exe,0"
  WriteRegStr SHCTX "Software\Classes\DangjianDesk.Database\shell\open\command" "" '"$INSTDIR\bin\dangjian.exe" "%1"'
  WriteRegStr SHCTX "Software\Classes\.djdb" "" "DangjianDesk.Database"
  WriteRegStr SHCTX "Software\Classes\.djdb\OpenWithProgids" "DangjianDesk.Database" ""
  WriteRegStr SHCTX "Software\Classes\DangjianDesk.Package" "" "机关党建工作台交换包"
  WriteRegStr SHCTX "Software\Classes\DangjianDesk.Package\DefaultIcon" "" "$INSTDIR\bin\dangjian.exe,0"
  WriteRegStr SHCTX "Software\Classes\DangjianDesk.Package\shell\open\command" "" '"$INSTDIR\bin\dangjian.exe" "%1"'
  WriteRegStr SHCTX "Software\Classes\.djpkg" "" "DangjianDesk.Package"
  WriteRegStr SHCTX "Software\Classes\.djpkg\OpenWithProgids" "DangjianDesk.Package" ""
  WriteRegStr SHCTX "Software\Classes\Applications\dangjian.exe" "FriendlyAppName" "机关党建工作台"
  WriteRegStr SHCTX "Software\Classes\Applications\dangjian.exe\SupportedTypes" ".djdb" ""
  WriteRegStr SHCTX "Software\Classes\Applications\dangjian.exe\SupportedTypes" ".djpkg" ""
  ; SHCNE_ASSOCCHANGED: Explorer shows the new icons and "open with" at once.
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
