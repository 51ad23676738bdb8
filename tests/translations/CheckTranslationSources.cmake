# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -P script: a string in any folder, at any depth, reaches the .ts files.
#   1. A source made for the test three folders deep is listed and lupdate extracts its string.
#   2. Every file of the real tree that calls tr() or translate() is among the sources lupdate reads.
# Inputs (-D): LUPDATE, SOURCE_DIR, DIRS (;-list), WORK_DIR.
cmake_policy(SET CMP0057 NEW) # if(IN_LIST)
include(${SOURCE_DIR}/cmake/TranslationSources.cmake)

file(REMOVE_RECURSE ${WORK_DIR})
list(GET DIRS 0 first_dir)
set(deep ${WORK_DIR}/${first_dir}/newfeature/deeper/still)
file(MAKE_DIRECTORY ${deep})
file(WRITE ${deep}/Deep.cpp
  "#include <QCoreApplication>\nQString deep() { return QCoreApplication::translate(\"Deep\", \"A string three folders down\"); }\n")
trainscope_translation_sources(${WORK_DIR} ${DIRS} OUT made)
if(NOT "${deep}/Deep.cpp" IN_LIST made)
  message(FATAL_ERROR "A source in ${first_dir}/newfeature/deeper/still is not read for translation: ${made}")
endif()
execute_process(COMMAND ${LUPDATE} -silent ${made} -ts ${WORK_DIR}/probe_de.ts RESULT_VARIABLE rc)
file(READ ${WORK_DIR}/probe_de.ts probe)
if(NOT rc EQUAL 0 OR NOT probe MATCHES "A string three folders down")
  message(FATAL_ERROR "lupdate did not extract the nested string (exit ${rc})")
endif()

trainscope_translation_sources(${SOURCE_DIR} ${DIRS} OUT sources)
file(GLOB_RECURSE all ${SOURCE_DIR}/src/*.cpp ${SOURCE_DIR}/src/*.h)
set(missed)
foreach(f IN LISTS all)
  file(STRINGS ${f} calls REGEX "(tr|translate|QT_TR_NOOP|QT_TRANSLATE_NOOP)\\(")
  if(calls AND NOT f IN_LIST sources)
    list(APPEND missed ${f})
  endif()
endforeach()
# The simulated server and the benchmarks speak to developers, in English, by design.
list(FILTER missed EXCLUDE REGEX "/src/(mock|bench)/")
if(missed)
  string(REPLACE ";" "\n  " missed "${missed}")
  message(FATAL_ERROR "Files with user-facing text that lupdate does not read:\n  ${missed}")
endif()
list(LENGTH sources count)
message("translation sources: ${count} files; a nested folder is read")
