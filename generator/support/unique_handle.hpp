#pragma once
#include <memory>

namespace overblik {

/// The deleter of a UniqueHandle: hands the handle back to the C library's own free function.
template <auto Free>
struct FreeWith {
  template <class T>
  void operator()(T* handle) const noexcept {
    Free(handle);
  }
};

/// A handle of a C library (libgit2, xxHash) owned like any C++ object: freed exactly once,
/// also when an exception passes, instead of by a hand-written free on every way out.
template <class T, auto Free>
using UniqueHandle = std::unique_ptr<T, FreeWith<Free>>;

}  // namespace overblik
