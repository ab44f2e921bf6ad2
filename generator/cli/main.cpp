// The overblik command line: declare the subcommands, parse, run the one given.
#include <CLI/CLI.hpp>
#include <iostream>
#include <new>
#include <vector>

#include "cli/command.hpp"

using namespace overblik::cli;

int main(int argc, char** argv) {
  CLI::App app{
      "overblik — turns a municipal plan written as YAML and Markdown into an accessible static "
      "website"};
  app.set_version_flag("--version", std::string("overblik ") + OVERBLIK_VERSION);
  app.require_subcommand(1);
  // Subcommands made after this take --lang after their own name too.
  app.fallthrough();
  add_language_option(app);
  std::vector<Command> commands = {add_build_command(app), add_check_command(app),
                                   add_serve_command(app), add_init_command(app),
                                   add_new_command(app),   add_import_command(app),
                                   add_diff_command(app),  add_cms_command(app)};
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? kOk : kUsage;
  }
  // The one place a failure that is not the content's (a file that cannot be
  // written, a broken theme, a missing revision) becomes a message and exit 2:
  // the commands let such exceptions through to here rather than each catching them.
  try {
    for (Command& c : commands) {
      if (!c.app->parsed()) continue;
      use_content_language(*c.app);
      return c.run();
    }
  } catch (const std::bad_alloc&) {
    std::cerr << say("overblik: out of memory") << "\n";
    return kUsage;
  } catch (const std::exception& e) {
    std::cout.flush();  // what the command said before it failed comes first
    std::cerr << say(std::string("overblik: ") + e.what()) << "\n";
    return kUsage;
  }
  return kUsage;
}
