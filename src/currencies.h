// Currencies from ICU's locale data: the Korean name of every ISO 4217
// currency in common use (ucurr_getName in Korean: SEK -> 스웨덴 크로나),
// added to the number grammar's units beside the hand-written currency rows
// of rules/numbers/units.tsv.
//
// rules/numbers/currencies.tsv says which names are not read and which
// forms a currency has besides ICU's name ("크로나", "헤알"). A currency
// units.tsv has rows for already (KRW, USD, JPY, CNY, EUR, GBP) keeps them;
// ICU adds nothing to it. Each name is read as written and without its
// spaces ("800만스웨덴크로나"), after digits only, a space allowed before it.
#ifndef SUCHI_CURRENCIES_H_
#define SUCHI_CURRENCIES_H_

#include <string>
#include <vector>

#include "status.h"

namespace suchi {

struct CurrencyName {
  std::string code;  // ISO 4217
  std::string name;  // ICU's Korean long name ("스웨덴 크로나")
};

// Every current ISO 4217 currency ICU names in Korean, in ICU's order;
// names ICU lacks (it then gives the code) and historical names (with a
// parenthesised span of years) are left out.
std::vector<CurrencyName> IcuCurrencyNames();

struct NumberTables;

// Adds the ICU currencies of no currency row of t.units to t.units, as
// DIR/currencies.tsv says. Errors name the file and line of a bad row.
Status LoadIcuCurrencies(const std::string& dir, NumberTables& t);

}  // namespace suchi

#endif  // SUCHI_CURRENCIES_H_
