#include "support/git_file_system.hpp"

#include <git2.h>

#include <algorithm>
#include <stdexcept>

namespace overblik {

namespace {

std::string last_error(const std::string& what) {
  const git_error* e = git_error_last();
  return what + (e && e->message ? ": " + std::string(e->message) : "");
}

/// The tree entry at `path` ("" is the root), owned by the caller.
git_tree_entry* entry_at(git_tree* tree, const std::string& path) {
  git_tree_entry* entry = nullptr;
  if (path.empty() || git_tree_entry_bypath(&entry, tree, path.c_str()) != 0) return nullptr;
  return entry;
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

GitFileSystem::GitFileSystem(const std::string& discover_from, const std::string& ref)
    : prefix_("git:" + ref + ":") {
  git_libgit2_init();
  // A throwing constructor runs no destructor: free what is open before throwing.
  // libgit2's own message is added where it says more than "not found".
  auto fail = [this](const std::string& what, int rc) {
    const std::string message = rc == GIT_ENOTFOUND ? what : last_error(what);
    git_repository_free(repo_);
    repo_ = nullptr;
    git_libgit2_shutdown();
    throw std::runtime_error(message);
  };
  if (int rc = git_repository_open_ext(&repo_, discover_from.c_str(), 0, nullptr); rc != 0)
    fail("there is no git repository in '" + discover_from + "' or a folder above it", rc);
  git_object* obj = nullptr;
  if (int rc = git_revparse_single(&obj, repo_, ref.c_str()); rc != 0)
    fail("'" + ref + "' is not a revision of the repository", rc);
  git_object* tree = nullptr;
  int rc = git_object_peel(&tree, obj, GIT_OBJECT_TREE);
  git_object_free(obj);
  if (rc != 0) fail("'" + ref + "' does not name a commit", rc);
  tree_ = reinterpret_cast<git_tree*>(tree);
}

GitFileSystem::~GitFileSystem() {
  git_tree_free(tree_);
  git_repository_free(repo_);
  git_libgit2_shutdown();
}

std::string GitFileSystem::strip(const std::string& path) const {
  std::string p = path.rfind(prefix_, 0) == 0 ? path.substr(prefix_.size()) : path;
  while (p.rfind("./", 0) == 0 || p.rfind("/", 0) == 0) p = p.substr(p[0] == '/' ? 1 : 2);
  if (p == ".") p.clear();
  while (!p.empty() && p.back() == '/') p.pop_back();
  return p;
}

std::optional<std::string> GitFileSystem::read(const std::string& path, std::string* error) const {
  git_tree_entry* e = entry_at(tree_, strip(path));
  if (!e || kind_of(e) != FileKind::file) {
    if (error) *error = e ? "is not a file in that revision" : "does not exist in that revision";
    git_tree_entry_free(e);
    return std::nullopt;
  }
  git_blob* blob = nullptr;
  int rc = git_blob_lookup(&blob, repo_, git_tree_entry_id(e));
  git_tree_entry_free(e);
  if (rc != 0) {
    if (error) *error = last_error("cannot be read");
    return std::nullopt;
  }
  std::string bytes(static_cast<const char*>(git_blob_rawcontent(blob)),
                    static_cast<size_t>(git_blob_rawsize(blob)));
  git_blob_free(blob);
  return bytes;
}

std::vector<DirEntry> GitFileSystem::list(const std::string& dir,
                                          const std::string& /*root*/) const {
  std::vector<DirEntry> out;
  const std::string p = strip(dir);
  git_tree* sub = nullptr;
  if (p.empty()) {
    git_tree_dup(&sub, tree_);
  } else {
    git_tree_entry* e = entry_at(tree_, p);
    if (!e || git_tree_entry_type(e) != GIT_OBJECT_TREE ||
        git_tree_lookup(&sub, repo_, git_tree_entry_id(e)) != 0)
      sub = nullptr;
    git_tree_entry_free(e);
  }
  if (!sub) return out;
  for (size_t i = 0; i < git_tree_entrycount(sub); ++i) {
    const git_tree_entry* e = git_tree_entry_byindex(sub, i);
    out.push_back({git_tree_entry_name(e), kind_of(e),
                   git_tree_entry_filemode(e) == GIT_FILEMODE_LINK, false});
  }
  git_tree_free(sub);
  std::sort(out.begin(), out.end(), [](auto& a, auto& b) { return a.name < b.name; });
  return out;
}

FileKind GitFileSystem::kind(const std::string& path) const {
  const std::string p = strip(path);
  if (p.empty()) return FileKind::directory;
  git_tree_entry* e = entry_at(tree_, p);
  FileKind k = e ? kind_of(e) : FileKind::missing;
  git_tree_entry_free(e);
  return k;
}

}  // namespace overblik
