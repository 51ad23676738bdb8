# SPDX-License-Identifier: GPL-3.0-or-later
# Translations: translations/trainscope_<lang>.ts compiled into the app under :/i18n. The .ts files are the
# source of truth (translations/README.md); tests/translations checks they are current and complete.
find_package(Qt6 6.4 REQUIRED COMPONENTS LinguistTools)

# Most strings live in the static libraries, and Qt 6.4's default SOURCES is the app target's sources
# only. The folders and options are shared with the CTest check so it sees exactly what an update sees.
include(${CMAKE_CURRENT_LIST_DIR}/TranslationSources.cmake)
# Without locations the .ts files change only when a string does, which keeps the check's diff meaningful.
set(TRAINSCOPE_LUPDATE_OPTIONS -no-obsolete -locations none)
set(TRAINSCOPE_TS_FILES
  ${PROJECT_SOURCE_DIR}/translations/trainscope_de.ts
  ${PROJECT_SOURCE_DIR}/translations/trainscope_fr.ts
  # English is the source language; this file only supplies the plural forms of "%n ...(s)" strings.
  ${PROJECT_SOURCE_DIR}/translations/trainscope_en.ts)

trainscope_translation_sources(${PROJECT_SOURCE_DIR} ${TRAINSCOPE_TRANSLATION_DIRS} OUT translation_sources)

# The headless export is the same binary, so both paths get the same embedded .qm files.
qt_add_translations(trainscope
  TS_FILES ${TRAINSCOPE_TS_FILES}
  SOURCES ${translation_sources}
  INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR}/src
  LUPDATE_OPTIONS ${TRAINSCOPE_LUPDATE_OPTIONS}
  LRELEASE_OPTIONS -silent)
