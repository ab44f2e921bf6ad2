// libFuzzer target: see overblik::fuzz::markdown in fuzz_targets.hpp. A
// violation of the HTML oracle (script, event handler, unsafe URL scheme, a
// tag or attribute cmark-gfm does not write) is printed and trapped.
#include <cstdio>

#include "fuzz_targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string problem =
      overblik::fuzz::markdown(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!problem.empty()) {
    std::fprintf(stderr, "fuzz_markdown: unsafe HTML: %s\n", problem.c_str());
    __builtin_trap();
  }
  return 0;
}
