# ---- Install and package: `make install`, `make deb` -------------------------
# Included from CMakeLists.txt. Installs the program, its man page and the
# guides; CPack turns the same rules into a Debian package.
include(GNUInstallDirs)

install(TARGETS overblik RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# The man page is made from the built program's --help (cmake/man_page.cmake),
# by the `man` target: `cmake --build build --target man`. Part of `all`, so
# that a full build and `cpack` have it.
find_program(HELP2MAN help2man)
set(OVERBLIK_MAN ${CMAKE_BINARY_DIR}/overblik.1)
if(HELP2MAN)
  add_custom_command(
    OUTPUT ${OVERBLIK_MAN} ${OVERBLIK_MAN}.gz
    COMMAND ${CMAKE_COMMAND} -DOVERBLIK=$<TARGET_FILE:overblik> -DHELP2MAN=${HELP2MAN} -DOUT=${OVERBLIK_MAN}
            -P ${CMAKE_SOURCE_DIR}/cmake/man_page.cmake
    DEPENDS overblik ${CMAKE_SOURCE_DIR}/cmake/man_page.cmake
    COMMENT "Writing the man page overblik.1 from overblik --help")
  add_custom_target(man ALL DEPENDS ${OVERBLIK_MAN}.gz)
  install(FILES ${OVERBLIK_MAN}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
else()
  message(WARNING "help2man not found: no man page (scripts/install-deps.sh build installs it)")
endif()

install(FILES README.md docs/cli.md docs/content-format.md docs/templates.md docs/ci.md docs/security.md
              docs/architecture.md
        DESTINATION ${CMAKE_INSTALL_DOCDIR})

# CPack: `make deb` → overblik_VERSION_amd64.deb. The runtime dependencies
# come from dpkg-shlibdeps (dpkg-dev), so they are those of the libraries the
# program was linked against on the building machine.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME overblik)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "accessible static website for a municipal plan in YAML and Markdown")
set(CPACK_PACKAGE_DESCRIPTION
    "overblik turns a municipal plan (initiatives, themes, indicators), written as YAML and Markdown files, into an accessible static website with open data. It checks every file first and reports each problem with its file, line and a hint.")
set(CPACK_PACKAGE_CONTACT "overblik maintainers <overblik@invalid>" CACHE STRING "The Maintainer field of the package")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION web)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_STRIP_FILES ON)
include(CPack)
# ---- end of install and package ---------------------------------------------
