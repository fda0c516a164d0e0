// Tests of the ICU currency layer: ICU's Korean names of current ISO 4217
// currencies become units, units.tsv's own currency rows win, and a bad row
// of rules/numbers/currencies.tsv names its file:line.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "currencies.h"
#include "numbers_tables.h"

namespace suchi {
namespace {

const std::string kNumbers = std::string(SUCHI_SOURCE_DIR) + "/rules/numbers";

TEST(CurrenciesTest, IcuNamesCurrentCurrenciesInKorean) {
  std::vector<CurrencyName> names = IcuCurrencyNames();
  EXPECT_GT(names.size(), 120u);
  auto name_of = [&](const std::string& code) {
    for (const CurrencyName& c : names)
      if (c.code == code) return c.name;
    return std::string();
  };
  EXPECT_EQ(name_of("SEK"), "스웨덴 크로나");
  EXPECT_EQ(name_of("CHF"), "스위스 프랑");
}

TEST(CurrenciesTest, UnitsTsvRowsWinAndIcuNamesAreAdded) {
  auto t = LoadNumberTables(kNumbers);
  ASSERT_TRUE(t.ok()) << t.status().message();
  auto code_of = [&](const std::string& text) {
    for (const UnitRow& u : (*t)->units)
      if (u.text == text) return u.currency;
    return std::string("-");
  };
  const std::pair<const char*, const char*> cases[] = {
      {"스웨덴 크로나", "SEK"}, {"스웨덴크로나", "SEK"}, {"크로나", "SEK"},  // name, glued, form
      {"달러", "USD"},                                                      // units.tsv's row
      {"미국 달러", "-"},      // USD has rows already: ICU adds none
      {"조선 민주주의 인민 공화국 원", "-"},                                  // skipped
  };
  for (const auto& [text, code] : cases) EXPECT_EQ(code_of(text), code) << text;
}

TEST(CurrenciesTest, BadRowsNameFileAndLine) {
  namespace fs = std::filesystem;
  fs::path dir = fs::path(testing::TempDir()) / "currencies_rules";
  fs::remove_all(dir);
  fs::create_directories(dir);
  for (const auto& f : fs::directory_iterator(kNumbers)) fs::copy_file(f.path(), dir / f.path().filename());
  const std::pair<const char*, const char*> bad[] = {
      {"# doc\nform\tXXX\t엑스\n", "currencies.tsv:2"},
      {"drop\tSEK\t크로나\n", "currencies.tsv:1"},
      {"form\tSEK\t\n", "currencies.tsv:1"},
  };
  for (const auto& [text, where] : bad) {
    std::ofstream(dir / "currencies.tsv", std::ios::trunc) << text;
    auto r = LoadNumberTables(dir.string());
    ASSERT_FALSE(r.ok()) << text;
    EXPECT_NE(r.status().message().find(where), std::string::npos) << r.status().message();
  }
}

}  // namespace
}  // namespace suchi
