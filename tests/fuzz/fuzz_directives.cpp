// libFuzzer target: see overblik::fuzz::directives in fuzz_targets.hpp. A
// violation of the HTML oracle is printed and trapped, as in fuzz_markdown.
#include <cstdio>

#include "fuzz_targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string problem =
      overblik::fuzz::directives(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!problem.empty()) {
    std::fprintf(stderr, "fuzz_directives: unsafe HTML: %s\n", problem.c_str());
    __builtin_trap();
  }
  return 0;
}
