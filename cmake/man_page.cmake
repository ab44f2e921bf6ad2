# Writes overblik.1.gz, the man page, from the program's own --help, so that
# the page cannot drift from the program. Run by the `man` target:
#   cmake -DOVERBLIK=build/overblik -DHELP2MAN=/usr/bin/help2man -DOUT=build/overblik.1 -P man_page.cmake
# help2man reads only `overblik --help`, which lists the subcommands in one
# line each; the include file written here adds every subcommand's own --help,
# found from that list, so a new subcommand appears without an edit here.
foreach(var OVERBLIK HELP2MAN OUT)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "man_page.cmake needs -D${var}=...")
  endif()
endforeach()

execute_process(COMMAND ${OVERBLIK} --help OUTPUT_VARIABLE top RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${OVERBLIK} --help failed")
endif()

# CLI11 lists the subcommands under "Subcommands:" (newer: "SUBCOMMANDS:"), one "  NAME  description" a line.
string(REGEX REPLACE ".*\n(SUBCOMMANDS|Subcommands):\n" "" listing "${top}")
string(REGEX MATCHALL "(^|\n)  [a-z][a-z0-9-]*" names "${listing}")
set(subcommands "")
foreach(entry IN LISTS names)
  string(STRIP "${entry}" name)
  list(APPEND subcommands ${name})
endforeach()
if(NOT subcommands)
  message(FATAL_ERROR "no subcommands found in `overblik --help`")
endif()

# Roff: a leading '.' or '\'' would be a request, and '\' starts an escape.
function(roff_lines text out_var)
  string(REPLACE "\\" "\\e" text "${text}")
  string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
  set(${out_var} "${text}" PARENT_SCOPE)
endfunction()

set(include "[SUBCOMMANDS]\n")
string(APPEND include "Every subcommand takes --help. This is what each one prints.\n")
foreach(name IN LISTS subcommands)
  execute_process(COMMAND ${OVERBLIK} ${name} --help OUTPUT_VARIABLE help RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${OVERBLIK} ${name} --help failed")
  endif()
  # CLI11 prints the program as it was called; the page names it plainly.
  string(REPLACE "${OVERBLIK}" "overblik" help "${help}")
  roff_lines("${help}" help)
  string(APPEND include ".SS \"overblik ${name}\"\n.nf\n${help}.fi\n")
endforeach()
string(APPEND include "\n[EXIT STATUS]\n0: success. 1: the content has errors (or warnings, with --strict); ")
string(APPEND include "the output folder is left as it was. 2: the command could not run.\n")
string(APPEND include "\n[SEE ALSO]\nThe guides in /usr/share/doc/overblik (README.md, cli.md, content-format.md, ")
string(APPEND include "templates.md, ci.md) when installed from the package, or docs/ in the source.\n")
file(WRITE ${OUT}.include "${include}")

# The help text is UTF-8 (an em dash in the first line): without --locale,
# help2man writes ??? for it.
execute_process(
  COMMAND ${HELP2MAN} --locale=C.UTF-8 --no-info --no-discard-stderr --section=1 --source=overblik
          "--name=build an accessible website from a plan in YAML and Markdown"
          --include=${OUT}.include --output=${OUT} ${OVERBLIK}
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "help2man failed")
endif()

# Debian installs man pages compressed; -n leaves the time out, so the same
# page gives the same bytes.
execute_process(COMMAND gzip -9nkf ${OUT} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "gzip ${OUT} failed")
endif()
