// Countries from ICU's locale data (see countries.h): one pass over ICU's
// regions at load time, filtered and extended by rules/countries.tsv.
#include "countries.h"

#include <unicode/locid.h>

#include <algorithm>
#include <set>

#include "lexicon.h"
#include "rulefile.h"

namespace suchi {

std::vector<CountryName> IcuCountryNames() {
  std::vector<CountryName> out;
  const icu::Locale korean("ko");
  for (const char* const* c = icu::Locale::getISOCountries(); *c; ++c) {
    icu::UnicodeString name;
    icu::Locale(("und_" + std::string(*c)).c_str()).getDisplayCountry(korean, name);
    std::string utf8;
    name.toUTF8String(utf8);
    // "홍콩(중국 특별행정구)": the name before its gloss.
    if (std::size_t paren = utf8.find('('); paren != std::string::npos) utf8.resize(paren);
    while (!utf8.empty() && utf8.back() == ' ') utf8.pop_back();
    // ICU falls back to the code itself for a region it cannot name.
    if (utf8.empty() || utf8 == *c) continue;
    out.push_back({*c, utf8});
  }
  return out;
}

Status AddIcuCountries(const std::string& path, Lexicons& lex) {
  std::vector<CountryName> icu = IcuCountryNames();
  std::set<std::string> known;
  for (const CountryName& c : icu) known.insert(c.id);
  auto edits = ReadNameEdits(path, known, "region");
  if (!edits.ok()) return edits.status();
  const std::set<std::string>& skip = edits->skip;
  auto& forms = edits->forms;
  std::set<std::string> listed;
  for (const EntityRow& e : lex.entities) listed.insert(e.id);
  for (const CountryName& c : icu) {
    if (listed.count(c.id)) continue;
    int index = static_cast<int>(lex.entities.size());
    lex.entities.push_back({c.id, "country"});
    if (!skip.count(c.id))
      if (Status s = lex.entity_matcher.Add(c.name, index, path + ": ICU " + c.id); !s.ok()) return s;
    for (const auto& [form, where] : forms[c.id])
      if (Status s = lex.entity_matcher.Add(form, index, where); !s.ok()) return s;
  }
  return Status();
}

}  // namespace suchi
