// Countries from ICU's locale data: the Korean name of every region ICU
// knows (Locale::getDisplayCountry in Korean, 250+ regions), added to the
// entity lexicon beside the hand-written rows of rules/entities.tsv.
//
// rules/countries.tsv says which names are not read (a Korean common word:
// 수단 "means", 오만 "50,000", 저지 "to block") and which forms a country
// has besides ICU's name. A country that entities.tsv lists already keeps
// its rows there; ICU adds nothing to it.
#ifndef SUCHI_COUNTRIES_H_
#define SUCHI_COUNTRIES_H_

#include <string>
#include <vector>

#include "status.h"

namespace suchi {

struct CountryName {
  std::string id;    // ISO 3166-1 alpha-2
  std::string name;  // ICU's Korean name, without a parenthetical ("홍콩")
};

// Every region ICU names in Korean, in ICU's order.
std::vector<CountryName> IcuCountryNames();

class PhraseMatcher;
struct Lexicons;

// Adds the ICU countries of no row of lex.entities to lex.entities and
// lex.entity_matcher, as countries.tsv at `path` says. The matcher is not
// compiled here. Errors name the file and line of a bad row (an unknown
// type, an id ICU does not know).
Status AddIcuCountries(const std::string& path, Lexicons& lex);

}  // namespace suchi

#endif  // SUCHI_COUNTRIES_H_
