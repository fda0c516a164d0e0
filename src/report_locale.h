// The report's words and looks, as data under rules/report/: messages.tsv
// (every UI string and explanation template, one row per message id with
// a column per language) and the page template (page.html, a Mustache
// template, with page.css and page.js beside it). A newsroom restyles or
// rewords the report there without touching C++.
//
// Messages are Mustache templates too ("{{n}}건"), rendered without HTML
// escaping: the report escapes the result where it places it. A message
// missing in a language, a template that does not parse or an unknown
// language is an error naming file:line.
#ifndef SUCHI_REPORT_LOCALE_H_
#define SUCHI_REPORT_LOCALE_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "status.h"

namespace suchi {

class ReportLocale {
 public:
  // The languages messages.tsv has a column for, in column order.
  static const std::vector<std::string>& Languages();
  // Loads RULES_DIR/report/ for `lang` ("ko", "en").
  static Result<ReportLocale> Load(const std::string& rules_dir, const std::string& lang);

  const std::string& lang() const { return lang_; }
  // Returns message `id`, or `id` itself when there is no such message.
  const std::string& Msg(const std::string& id) const;
  // Returns message `id` rendered with `vars` ({{name}} -> value, as is).
  std::string Format(const std::string& id, const std::map<std::string, std::string>& vars) const;
  // Every message of the language, by id.
  const std::map<std::string, std::string>& messages() const { return messages_; }

  const std::string& page_template() const { return page_; }
  const std::string& css() const { return css_; }
  const std::string& script() const { return script_; }

 private:
  std::string lang_;
  std::map<std::string, std::string> messages_;
  std::string page_, css_, script_;
};

}  // namespace suchi

#endif  // SUCHI_REPORT_LOCALE_H_
