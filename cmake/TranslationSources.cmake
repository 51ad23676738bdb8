# SPDX-License-Identifier: GPL-3.0-or-later
# Which sources lupdate reads: every .cpp and .h below the folders that hold user-facing text, at any depth,
# so a string in a new feature folder cannot drop out of the .ts files. Shared by the build
# (cmake/Translations.cmake) and the CTest check (tests/translations), which must see the same list.
set(TRAINSCOPE_TRANSLATION_DIRS src/core src/gui src/cli src/app)

# trainscope_translation_sources(<root> <dirs...> OUT <var>): the sorted absolute paths.
function(trainscope_translation_sources root)
  cmake_parse_arguments(arg "" "OUT" "" ${ARGN})
  set(result)
  foreach(dir IN LISTS arg_UNPARSED_ARGUMENTS)
    file(GLOB_RECURSE matches ${root}/${dir}/*.cpp ${root}/${dir}/*.h)
    list(APPEND result ${matches})
  endforeach()
  list(SORT result)
  set(${arg_OUT} ${result} PARENT_SCOPE)
endfunction()
