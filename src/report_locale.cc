// The report's message table and page template (see report_locale.h), on
// Debian's header-only kainjow Mustache.
#include "report_locale.h"

#include <algorithm>
#include <fstream>
#include <kainjow/mustache.hpp>
#include <sstream>

#include "rulefile.h"

namespace suchi {
namespace {

using kainjow::mustache::mustache;

Result<std::string> ReadWhole(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  if (!f) return Status::Error(path + ": cannot read");
  std::ostringstream s;
  s << f.rdbuf();
  return s.str();
}

// Renders `tmpl` with plain (unescaped) values.
std::string RenderPlain(const std::string& tmpl, const std::map<std::string, std::string>& vars) {
  mustache m(tmpl);
  m.set_custom_escape([](const std::string& s) { return s; });
  kainjow::mustache::data d;
  for (const auto& [k, v] : vars) d.set(k, v);
  return m.render(d);
}

}  // namespace

const std::vector<std::string>& ReportLocale::Languages() {
  static const std::vector<std::string> kLanguages = {"ko", "en"};
  return kLanguages;
}

Result<ReportLocale> ReportLocale::Load(const std::string& rules_dir, const std::string& lang) {
  const std::vector<std::string>& langs = Languages();
  auto col = std::find(langs.begin(), langs.end(), lang);
  if (col == langs.end()) return Status::Error("unknown report language '" + lang + "' (known: ko, en)");
  std::string dir = rules_dir + "/report/";
  Result<std::vector<RuleRow>> rows = ReadRuleFile(dir + "messages.tsv", 1 + langs.size(), 1 + langs.size());
  if (!rows.ok()) return rows.status();
  if (Status s = CheckUniqueColumn(*rows, 0); !s.ok()) return s;
  ReportLocale l;
  l.lang_ = lang;
  for (const RuleRow& r : *rows) {
    for (std::size_t i = 1; i <= langs.size(); ++i) {
      if (r.Field(i).empty()) return RuleError(r, "message '" + r.Field(0) + "' has no " + langs[i - 1] + " text");
      mustache m(r.Field(i));
      if (!m.is_valid()) return RuleError(r, "message '" + r.Field(0) + "': " + m.error_message());
    }
    l.messages_[r.Field(0)] = r.Field(1 + static_cast<std::size_t>(col - langs.begin()));
  }
  Result<std::string> page = ReadWhole(dir + "page.html"), css = ReadWhole(dir + "page.css"),
                      js = ReadWhole(dir + "page.js");
  for (const Status& s : {page.status(), css.status(), js.status()})
    if (!s.ok()) return s;
  mustache m(*page);
  if (!m.is_valid()) return Status::Error(dir + "page.html: " + m.error_message());
  l.page_ = std::move(*page), l.css_ = std::move(*css), l.script_ = std::move(*js);
  return l;
}

const std::string& ReportLocale::Msg(const std::string& id) const {
  auto it = messages_.find(id);
  return it == messages_.end() ? id : it->second;
}

std::string ReportLocale::Format(const std::string& id, const std::map<std::string, std::string>& vars) const {
  return RenderPlain(Msg(id), vars);
}

}  // namespace suchi
