#pragma once
#include <memory>
#include <string>

#include "support/file_system.hpp"

struct git_repository;
struct git_tree;

namespace overblik {

/// Reads the files of one revision of a git repository (libgit2), so that an
/// old version of a plan can be loaded like a folder: `git:REF:PATH` names the
/// folder PATH (from the repository root) at revision REF. Paths given to this
/// file system start with that same "git:REF:" prefix, so diagnostics name the
/// revision they come from.
class GitFileSystem final : public FileSystem {
 public:
  /// Opens the repository that holds `discover_from`; throws std::runtime_error
  /// when there is none or REF does not name a commit.
  GitFileSystem(const std::string& discover_from, const std::string& ref);
  ~GitFileSystem() override;
  GitFileSystem(const GitFileSystem&) = delete;
  GitFileSystem& operator=(const GitFileSystem&) = delete;

  std::optional<std::string> read(const std::string& path, std::string* error) const override;
  std::vector<DirEntry> list(const std::string& dir, const std::string& root) const override;
  FileKind kind(const std::string& path) const override;

  /// "git:REF:" — the prefix of every path in this file system.
  const std::string& prefix() const { return prefix_; }

  /// Splits "git:REF:PATH" into REF and PATH; false for anything else.
  static bool parse_spec(const std::string& spec, std::string& ref, std::string& path);

 private:
  /// git_libgit2_init for the lifetime of this object, git_libgit2_shutdown after it: declared
  /// first, so that it is made before and ended after the repository and tree below.
  struct Library {
    Library();
    ~Library();
    Library(const Library&) = delete;
    Library& operator=(const Library&) = delete;
  };
  /// Frees the repository and tree with libgit2 (defined where git2.h is included).
  struct Free {
    void operator()(git_repository* repo) const noexcept;
    void operator()(git_tree* tree) const noexcept;
  };
  Library library_;
  std::unique_ptr<git_repository, Free> repo_;
  std::unique_ptr<git_tree, Free> tree_;
  std::string prefix_;
  std::string strip(const std::string& path) const;
};

}  // namespace overblik
