# Installing suchi as a package (`cmake --install build --prefix P`): the
# libraries exported as suchi::suchi (the whole pipeline; its parts are
# suchi::core, ::text, ::numbers, ::extract, ::conflict), the public headers
# under P/include/suchi, a CMake package (find_package(suchi CONFIG)), a
# pkg-config file, the CLI, and the rules in P/share/suchi/rules, where the
# installed CLI and Python module look first. Included by CMakeLists.txt.
include(CMakePackageConfigHelpers)

# The headers a consumer may include, and every header they include (the
# `installed_headers` test checks that none is missing).
set(SUCHI_PUBLIC_HEADERS
    api.h chrome.h conflict.h extract.h input.h json.h normalize.h numbers.h phrase.h
    pipeline.h rulefile.h rules.h samefact.h sinks.h status.h store.h types.h)
set(SUCHI_RULES_INSTALL_DIR ${CMAKE_INSTALL_DATADIR}/suchi/rules)
set(SUCHI_CMAKE_INSTALL_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/suchi)

set_target_properties(suchi_lib PROPERTIES EXPORT_NAME suchi)
foreach(part core text numbers extract conflict)
  set_target_properties(suchi_${part} PROPERTIES EXPORT_NAME ${part})
endforeach()
install(TARGETS suchi_core suchi_text suchi_numbers suchi_extract suchi_conflict suchi_lib
        EXPORT suchiTargets ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(TARGETS suchi RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
list(TRANSFORM SUCHI_PUBLIC_HEADERS PREPEND ${PROJECT_SOURCE_DIR}/src/ OUTPUT_VARIABLE headers)
install(FILES ${headers} DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/suchi)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/rules/ DESTINATION ${SUCHI_RULES_INSTALL_DIR})

install(EXPORT suchiTargets NAMESPACE suchi:: DESTINATION ${SUCHI_CMAKE_INSTALL_DIR})
configure_package_config_file(cmake/suchiConfig.cmake.in ${PROJECT_BINARY_DIR}/suchiConfig.cmake
                              INSTALL_DESTINATION ${SUCHI_CMAKE_INSTALL_DIR}
                              PATH_VARS SUCHI_RULES_INSTALL_DIR)
write_basic_package_version_file(${PROJECT_BINARY_DIR}/suchiConfigVersion.cmake
                                 COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/suchiConfig.cmake ${PROJECT_BINARY_DIR}/suchiConfigVersion.cmake
        DESTINATION ${SUCHI_CMAKE_INSTALL_DIR})

# pkg-config: the prefix is found from the .pc file's own place, so that
# `--prefix P` at install time is honoured.
file(RELATIVE_PATH SUCHI_PC_TO_PREFIX ${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_LIBDIR}/pkgconfig
     ${CMAKE_INSTALL_PREFIX})
string(REGEX REPLACE "/$" "" SUCHI_PC_TO_PREFIX "${SUCHI_PC_TO_PREFIX}")
configure_file(cmake/suchi.pc.in ${PROJECT_BINARY_DIR}/suchi.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/suchi.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)

# The man page, from the CLI's own --help and --version (Debian help2man):
# built with the binary, installed to P/share/man/man1/suchi.1.
find_program(HELP2MAN help2man)
if(HELP2MAN)
  add_custom_command(
    OUTPUT ${PROJECT_BINARY_DIR}/suchi.1
    COMMAND ${HELP2MAN} --no-info --no-discard-stderr
            --name "pull numeric claims out of Korean news and flag figures that disagree"
            --output ${PROJECT_BINARY_DIR}/suchi.1 $<TARGET_FILE:suchi>
    DEPENDS suchi
    COMMENT "man page suchi.1 (help2man)")
  add_custom_target(suchi_man ALL DEPENDS ${PROJECT_BINARY_DIR}/suchi.1)
  install(FILES ${PROJECT_BINARY_DIR}/suchi.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
else()
  message(STATUS "help2man not found: no man page (Debian package help2man)")
endif()
