# SPDX-License-Identifier: GPL-3.0-or-later
# Desktop integration files and the Debian package. The executables' own install(TARGETS) rules stay next to
# their targets in src/app and src/mock; everything the desktop needs besides them is installed from here.
include(GNUInstallDirs)

set(app_id io.github.trainscope.Trainscope)
set(packaging_dir ${PROJECT_SOURCE_DIR}/packaging)

install(FILES ${packaging_dir}/${app_id}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${packaging_dir}/${app_id}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# Icon themes look icons up by application id, so the SVG is renamed rather than installed as trainscope.svg.
install(FILES ${PROJECT_SOURCE_DIR}/resources/trainscope.svg
  DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${app_id}.svg)
# The PNGs are rendered from the SVG once and committed, so building needs no SVG renderer. Some panels and
# docks still ignore scalable icons. After changing the SVG, re-render them from the source directory with:
#   for s in 16 32 48 64 128 256; do rsvg-convert -w $s -h $s resources/trainscope.svg \
#     -o packaging/icons/hicolor/${s}x${s}/apps/io.github.trainscope.Trainscope.png; done
foreach(size 16 32 48 64 128 256)
  install(FILES ${packaging_dir}/icons/hicolor/${size}x${size}/apps/${app_id}.png
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()

# Debian package: cd build && cpack -G DEB
set(TRAINSCOPE_PACKAGE_MAINTAINER "Trainscope developers" CACHE STRING
  "Maintainer field of the Debian package, as \"Name <email>\"")

set(CPACK_PACKAGE_NAME trainscope)
set(CPACK_PACKAGE_VENDOR "Trainscope developers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "${TRAINSCOPE_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Lines broken by hand: dpkg shows the long description as it is, and Debian wants under 80 columns.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
  "Trainscope plots the resource metrics of Baseten training jobs, node by node:"
  "GPU utilization and GPU memory per rank, CPU, memory, ephemeral storage and"
  "cache, on one zoomable time range. The dashboard, one chart or the series in"
  "view can be exported as PNG or CSV, also headless with 'trainscope export'."
  "'trainscope --demo' shows simulated jobs without an account; trainscope-mock"
  "runs the simulated Baseten API on its own.")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
# Stripped: a RelWithDebInfo build would otherwise ship ~25 MB of debug info to every user.
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${TRAINSCOPE_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# Its users are engineers debugging their own training runs, which is what devel holds.
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# dpkg-shlibdeps sees only linked libraries. Qt loads its SVG plugins at run time (the window icon is an
# SVG), so their package is named by hand; the computed dependencies are appended to this list.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6")
# Without it Qt falls back to XWayland on Wayland sessions, which works, so it is only recommended.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")

include(CPack)
