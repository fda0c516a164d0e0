// Tests of the ICU country layer: ICU's Korean names become country
// entities, rules/countries.tsv skips the names that are Korean words and
// adds forms, entities.tsv rows win, and a bad row names its file:line.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "countries.h"
#include "lexicon.h"

namespace suchi {
namespace {

const std::string kRules = std::string(SUCHI_SOURCE_DIR) + "/rules";

const Lexicons& Lex() {
  static const Result<std::shared_ptr<const Lexicons>> lex = LoadLexicons(kRules);
  EXPECT_TRUE(lex.ok()) << lex.status().message();
  return **lex;
}

// The ids of the entities found in `text`, space-separated.
std::string Ids(const std::string& text) {
  std::string out;
  for (const PhraseMatch& m : Lex().entity_matcher.FindAll(text, true)) out += Lex().entities[m.row].id + " ";
  return out;
}

TEST(CountriesTest, IcuNamesEveryRegionInKorean) {
  std::vector<CountryName> names = IcuCountryNames();
  EXPECT_GT(names.size(), 240u);
  auto name_of = [&](const std::string& id) {
    for (const CountryName& c : names)
      if (c.id == id) return c.name;
    return std::string();
  };
  EXPECT_EQ(name_of("ET"), "에티오피아");
  EXPECT_EQ(name_of("HK"), "홍콩");  // without "(중국 특별행정구)"
}

TEST(CountriesTest, Table) {
  const std::pair<const char*, const char*> cases[] = {
      {"에티오피아의 인구는", "ET "},       // ICU only
      {"콜롬비아 역시", "CO "},
      {"스웨덴은", "SE "},                  // entities.tsv's row
      {"팔레스타인 자치정부", "PS "},       // a form of countries.tsv
      {"남수단 정부는", "SS "},
      {"이를 수단으로 삼아", ""},           // skipped: a Korean word
      {"부탄가스 3개", ""},
      {"오만 원을", ""},
      {"법안 처리를 저지했다", ""},
  };
  for (const auto& [text, want] : cases) EXPECT_EQ(Ids(text), want) << text;
}

TEST(CountriesTest, BadRowsNameFileAndLine) {
  namespace fs = std::filesystem;
  fs::path dir = fs::path(testing::TempDir()) / "countries_rules";
  fs::remove_all(dir);
  fs::create_directories(dir);
  for (const auto& f : fs::directory_iterator(kRules))
    if (f.is_regular_file()) fs::copy_file(f.path(), dir / f.path().filename());
  const std::pair<const char*, const char*> bad[] = {
      {"# doc\nskip\tXX\tno such region\n", "countries.tsv:2"},
      {"drop\tGH\t가나\n", "countries.tsv:1"},
  };
  for (const auto& [text, where] : bad) {
    std::ofstream(dir / "countries.tsv", std::ios::trunc) << text;
    Result<std::shared_ptr<const Lexicons>> r = LoadLexicons(dir.string());
    ASSERT_FALSE(r.ok()) << text;
    EXPECT_NE(r.status().message().find(where), std::string::npos) << r.status().message();
  }
}

}  // namespace
}  // namespace suchi
