// The C++ half of the Python module `suchi` (pybind11): compiled rule sets,
// one JSON Lines record to its claims.jsonl lines, claims.jsonl lines to
// conflicts.jsonl lines, and the claim store opened read-only. The Python
// half (suchi/__init__.py) json.loads the lines, so a claim dict is exactly
// a line of claims.jsonl. Errors (Status) are raised as ValueError.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

// As a program that embeds the library includes it: <suchi/...>.
#include <suchi/api.h>
#include <suchi/conflict.h>
#include <suchi/rules.h>
#include <suchi/store.h>

namespace py = pybind11;

namespace {

// A compiled rule set; immutable, so calls run without the GIL.
struct Rules {
  std::shared_ptr<const suchi::RuleSet> set;
};

template <typename T>
T ValueOrRaise(suchi::Result<T> r) {
  if (!r.ok()) throw py::value_error(r.status().message());
  return std::move(r.value());
}

Rules LoadRules(const std::string& dir) {
  py::gil_scoped_release unlocked;
  return Rules{ValueOrRaise(suchi::LoadRuleSet(dir))};
}

// Returns the rules for a package in `package_dir`: $SUCHI_RULES, the
// installed share/suchi/rules, else the source tree's.
std::string FindRules(const std::string& package_dir) {
  std::filesystem::path installed = std::filesystem::path(package_dir) / SUCHI_INSTALLED_RULES;
  return suchi::FindRulesDir({installed.lexically_normal().string(), SUCHI_DEFAULT_RULES});
}

// Returns (id, claims.jsonl lines, warnings) of one JSON Lines record.
py::tuple ExtractRecord(const Rules& rules, const std::string& line, const std::string& where) {
  suchi::ArticleClaims found;
  std::vector<std::string> lines;
  {
    py::gil_scoped_release unlocked;
    found = ValueOrRaise(suchi::ExtractRecord(*rules.set, line, where));
    lines = suchi::ClaimLines(found.claims);
  }
  return py::make_tuple(found.id, lines, found.warnings);
}

std::vector<std::string> Conflicts(const Rules& rules, const std::vector<std::string>& claims,
                                   double min_confidence) {
  py::gil_scoped_release unlocked;
  return suchi::ConflictLines(
      ValueOrRaise(suchi::ConflictsOfLines(*rules.set, claims, min_confidence)));
}

// The claim store, read-only. Used under the GIL: one thread at a time.
class Store {
 public:
  explicit Store(const std::string& path) : store_(ValueOrRaise(suchi::ClaimStore::OpenReadOnly(path))) {}
  std::vector<std::string> Claims() const { return suchi::ClaimLines(ValueOrRaise(Open().AllClaims())); }
  std::vector<std::string> ArticleClaims(const std::string& id) const {
    return suchi::ClaimLines(ValueOrRaise(Open().ArticleClaims(id)));
  }
  std::vector<std::string> GroupClaims(const std::string& group) const {
    return suchi::ClaimLines(ValueOrRaise(Open().GroupClaims(group, {})));
  }
  std::vector<std::string> Keys() const {
    std::vector<std::string> keys;
    suchi::Status s = Open().ForEachKey([&keys](std::string_view k) { keys.emplace_back(k); });
    if (!s.ok()) throw py::value_error(s.message());
    return keys;
  }
  long ArticleCount() const { return ValueOrRaise(Open().ArticleCount()); }
  long ClaimCount() const { return ValueOrRaise(Open().ClaimCount()); }
  void Close() { store_.reset(); }

 private:
  const suchi::ClaimStore& Open() const {
    if (!store_) throw py::value_error("the claim store is closed");
    return *store_;
  }
  std::unique_ptr<suchi::ClaimStore> store_;
};

}  // namespace

PYBIND11_MODULE(_suchi, m) {
  m.doc() = "suchi's C++ core; use the `suchi` package";
  m.attr("__version__") = SUCHI_VERSION;
  py::class_<Rules>(m, "Rules");
  m.def("load_rules", &LoadRules, py::arg("dir"));
  m.def("find_rules", &FindRules, py::arg("package_dir"));
  m.def("extract_record", &ExtractRecord, py::arg("rules"), py::arg("line"), py::arg("where"));
  m.def("conflicts", &Conflicts, py::arg("rules"), py::arg("claims"), py::arg("min_confidence"));
  py::class_<Store>(m, "Store")
      .def(py::init<const std::string&>(), py::arg("path"))
      .def("claims", &Store::Claims)
      .def("article_claims", &Store::ArticleClaims, py::arg("article"))
      .def("group_claims", &Store::GroupClaims, py::arg("group"))
      .def("keys", &Store::Keys)
      .def("article_count", &Store::ArticleCount)
      .def("claim_count", &Store::ClaimCount)
      .def("close", &Store::Close);
}
