// A stable hash of a sequence of fields: FNV-1a 64 with a separator byte
// after each field, so ("ab", "c") and ("a", "bc") differ. The claim
// store's content hash and the rule set's fingerprint are made with it;
// its hex form is stored, so the algorithm must not change.
#ifndef SUCHI_HASH_H_
#define SUCHI_HASH_H_

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace suchi {

class FieldHash {
 public:
  // Adds one field.
  void Add(std::string_view field) {
    for (unsigned char c : field) h_ = (h_ ^ c) * kPrime;
    h_ = (h_ ^ 0xFFu) * kPrime;
  }
  // Returns the hash as 16 lower-case hex digits.
  std::string Hex() const {
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h_));
    return buf;
  }

 private:
  static constexpr std::uint64_t kPrime = 1099511628211ULL;
  std::uint64_t h_ = 14695981039346656037ULL;
};

}  // namespace suchi

#endif  // SUCHI_HASH_H_
