# cmake -DIN=page.1 -DOUT=page.1.gz -P gzip-man.cmake: a man page compressed the way Debian
# wants it (best compression, no name or time stamp in the header: the same bytes each build).
execute_process(COMMAND gzip -9 -n -c "${IN}" OUTPUT_FILE "${OUT}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  file(REMOVE "${OUT}")
  message(FATAL_ERROR "gzip failed on ${IN}: ${rc}")
endif()
