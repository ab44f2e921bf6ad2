#include "support/git_file_system.hpp"

#include <git2.h>

#include <algorithm>
#include <stdexcept>

#include "support/unique_handle.hpp"

namespace overblik {

namespace {

std::string last_error(const std::string& what) {
  const git_error* e = git_error_last();
  return what + (e && e->message ? ": " + std::string(e->message) : "");
}

using Entry = UniqueHandle<git_tree_entry, git_tree_entry_free>;
using Object = UniqueHandle<git_object, git_object_free>;
using Blob = UniqueHandle<git_blob, git_blob_free>;
using Tree = UniqueHandle<git_tree, git_tree_free>;

/// The tree entry at `path` ("" is the root), or none.
Entry entry_at(git_tree* tree, const std::string& path) {
  git_tree_entry* entry = nullptr;
  if (path.empty() || git_tree_entry_bypath(&entry, tree, path.c_str()) != 0) return nullptr;
  return Entry(entry);
}

FileKind kind_of(const git_tree_entry* e) {
  if (git_tree_entry_type(e) == GIT_OBJECT_TREE) return FileKind::directory;
  if (git_tree_entry_filemode(e) == GIT_FILEMODE_LINK) return FileKind::other;
  return git_tree_entry_type(e) == GIT_OBJECT_BLOB ? FileKind::file : FileKind::other;
}

}  // namespace

bool GitFileSystem::parse_spec(const std::string& spec, std::string& ref, std::string& path) {
  if (spec.rfind("git:", 0) != 0) return false;
  size_t colon = spec.find(':', 4);
  if (colon == std::string::npos) return false;
  ref = spec.substr(4, colon - 4);
  path = spec.substr(colon + 1);
  return !ref.empty();
}

GitFileSystem::Library::Library() {
  git_libgit2_init();
}
GitFileSystem::Library::~Library() {
  git_libgit2_shutdown();
}
void GitFileSystem::Free::operator()(git_repository* repo) const noexcept {
  git_repository_free(repo);
}
void GitFileSystem::Free::operator()(git_tree* tree) const noexcept {
  git_tree_free(tree);
}

GitFileSystem::GitFileSystem(const std::string& discover_from, const std::string& ref)
    : prefix_("git:" + ref + ":") {
  // A throw below frees what is open through the members' destructors, the library last.
  // libgit2's own message is added where it says more than "not found".
  auto fail = [](const std::string& what, int rc) {
    throw std::runtime_error(rc == GIT_ENOTFOUND ? what : last_error(what));
  };
  git_repository* repo = nullptr;
  int rc = git_repository_open_ext(&repo, discover_from.c_str(), 0, nullptr);
  repo_.reset(repo);
  if (rc != 0)
    fail("there is no git repository in '" + discover_from + "' or a folder above it", rc);
  git_object* raw = nullptr;
  rc = git_revparse_single(&raw, repo_.get(), ref.c_str());
  const Object obj(raw);
  if (rc != 0) fail("'" + ref + "' is not a revision of the repository", rc);
  git_object* tree = nullptr;
  rc = git_object_peel(&tree, obj.get(), GIT_OBJECT_TREE);
  tree_.reset(reinterpret_cast<git_tree*>(tree));
  if (rc != 0) fail("'" + ref + "' does not name a commit", rc);
}

GitFileSystem::~GitFileSystem() = default;

std::string GitFileSystem::strip(const std::string& path) const {
  std::string p = path.rfind(prefix_, 0) == 0 ? path.substr(prefix_.size()) : path;
  while (p.rfind("./", 0) == 0 || p.rfind("/", 0) == 0) p = p.substr(p[0] == '/' ? 1 : 2);
  if (p == ".") p.clear();
  while (!p.empty() && p.back() == '/') p.pop_back();
  return p;
}

std::optional<std::string> GitFileSystem::read(const std::string& path, std::string* error) const {
  const Entry e = entry_at(tree_.get(), strip(path));
  if (!e || kind_of(e.get()) != FileKind::file) {
    if (error) *error = e ? "is not a file in that revision" : "does not exist in that revision";
    return std::nullopt;
  }
  git_blob* raw = nullptr;
  const int rc = git_blob_lookup(&raw, repo_.get(), git_tree_entry_id(e.get()));
  const Blob blob(raw);
  if (rc != 0) {
    if (error) *error = last_error("cannot be read");
    return std::nullopt;
  }
  return std::string(static_cast<const char*>(git_blob_rawcontent(blob.get())),
                     static_cast<size_t>(git_blob_rawsize(blob.get())));
}

std::vector<DirEntry> GitFileSystem::list(const std::string& dir,
                                          const std::string& /*root*/) const {
  std::vector<DirEntry> out;
  const std::string p = strip(dir);
  git_tree* raw = nullptr;
  if (p.empty()) {
    git_tree_dup(&raw, tree_.get());
  } else {
    const Entry e = entry_at(tree_.get(), p);
    if (!e || git_tree_entry_type(e.get()) != GIT_OBJECT_TREE ||
        git_tree_lookup(&raw, repo_.get(), git_tree_entry_id(e.get())) != 0)
      raw = nullptr;
  }
  const Tree sub(raw);
  if (!sub) return out;
  for (size_t i = 0; i < git_tree_entrycount(sub.get()); ++i) {
    const git_tree_entry* e = git_tree_entry_byindex(sub.get(), i);
    out.push_back({.name = git_tree_entry_name(e),
                   .kind = kind_of(e),
                   .symlink = git_tree_entry_filemode(e) == GIT_FILEMODE_LINK});
  }
  std::sort(out.begin(), out.end(), [](auto& a, auto& b) { return a.name < b.name; });
  return out;
}

FileKind GitFileSystem::kind(const std::string& path) const {
  const std::string p = strip(path);
  if (p.empty()) return FileKind::directory;
  const Entry e = entry_at(tree_.get(), p);
  return e ? kind_of(e.get()) : FileKind::missing;
}

}  // namespace overblik
