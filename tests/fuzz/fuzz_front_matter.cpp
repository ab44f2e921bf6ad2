// libFuzzer target: see overblik::fuzz::front_matter in fuzz_targets.hpp.
#include "fuzz_targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  overblik::fuzz::front_matter(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
