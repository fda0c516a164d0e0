// A program embedding the installed suchi library: prints the claims of one
// article as JSON Lines (the lines of claims.jsonl).
//   suchi_consumer [TEXT [TITLE [PUBLISHED]]]    (TEXT from stdin without it)
// Rules: $SUCHI_RULES, else the package's (SUCHI_RULES_DIR). It includes
// every public header, so that building it checks they compile as
// <suchi/...> from the installed include directory.
#include <suchi/api.h>
#include <suchi/conflict.h>
#include <suchi/extract.h>
#include <suchi/json.h>
#include <suchi/pipeline.h>
#include <suchi/sinks.h>
#include <suchi/store.h>
#include <suchi/types.h>

#include <iostream>
#include <iterator>
#include <string>

int main(int argc, char** argv) {
  suchi::TextArticle article;
  if (argc > 1) article.text = argv[1];
  else article.text.assign(std::istreambuf_iterator<char>(std::cin), {});
  if (argc > 2) article.title = argv[2];
  if (argc > 3) article.published = argv[3];

  auto rules = suchi::LoadRuleSet(suchi::FindRulesDir({SUCHI_RULES_DIR}));
  if (!rules.ok()) {
    std::cerr << "suchi_consumer: " << rules.status().message() << "\n";
    return 2;
  }
  auto found = suchi::ExtractText(**rules, article);
  if (!found.ok()) {
    std::cerr << "suchi_consumer: " << found.status().message() << "\n";
    return 2;
  }
  suchi::WriteClaimsJsonl(std::cout, found->claims);
  return std::cout ? 0 : 2;
}
