// Currencies from ICU's locale data (see currencies.h): one pass over ICU's
// ISO 4217 list at load time, filtered and extended by currencies.tsv.
#include "currencies.h"

#include <unicode/ucurr.h>
#include <unicode/unistr.h>
#include <unicode/ustring.h>

#include <set>

#include "numbers_tables.h"
#include "rulefile.h"

namespace suchi {

std::vector<CurrencyName> IcuCurrencyNames() {
  std::vector<CurrencyName> out;
  UErrorCode status = U_ZERO_ERROR;
  UEnumeration* codes = ucurr_openISOCurrencies(UCURR_COMMON | UCURR_NON_DEPRECATED, &status);
  if (U_FAILURE(status)) return out;
  while (const char* code = uenum_next(codes, nullptr, &status)) {
    if (U_FAILURE(status)) break;
    UChar ucode[4];
    u_charsToUChars(code, ucode, 4);
    UBool is_choice = false;
    int32_t length = 0;
    UErrorCode s = U_ZERO_ERROR;
    const UChar* name = ucurr_getName(ucode, "ko", UCURR_LONG_NAME, &is_choice, &length, &s);
    if (U_FAILURE(s) || !name) continue;
    std::string utf8;
    icu::UnicodeString(name, length).toUTF8String(utf8);
    if (utf8 == code || utf8.find('(') != std::string::npos) continue;
    out.push_back({code, utf8});
  }
  uenum_close(codes);
  return out;
}

namespace {

// A currency unit row: read after digits, a space allowed before it.
UnitRow CurrencyUnit(const std::string& code, const std::string& text) {
  UnitRow u;
  u.id = "unit.icu_" + code;
  u.text = text;
  u.kind = UnitKind::kCurrency;
  u.unit_id = u.currency = code;
  u.hangul = HangulUse::kNo;
  u.spaced = true;
  return u;
}

}  // namespace

Status LoadIcuCurrencies(const std::string& dir, NumberTables& t) {
  std::vector<CurrencyName> icu = IcuCurrencyNames();
  std::set<std::string> known;
  for (const CurrencyName& c : icu) known.insert(c.code);
  auto edits = ReadNameEdits(dir + "/currencies.tsv", known, "currency");
  if (!edits.ok()) return edits.status();
  std::set<std::string> listed, texts;
  for (const UnitRow& u : t.units) {
    if (u.kind == UnitKind::kCurrency) listed.insert(u.currency);
    texts.insert(u.text);
  }
  for (const CurrencyName& c : icu) {
    if (listed.count(c.code)) continue;
    std::vector<std::string> all;
    for (const auto& [form, where] : edits->forms[c.code]) all.push_back(form);
    if (!edits->skip.count(c.code)) {
      all.push_back(c.name);
      std::string glued;
      for (char ch : c.name)
        if (ch != ' ') glued += ch;
      all.push_back(glued);
    }
    for (const std::string& text : all)
      if (texts.insert(text).second) t.units.push_back(CurrencyUnit(c.code, text));
  }
  return Status();
}

}  // namespace suchi
