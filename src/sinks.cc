// Output sinks (see sinks.h).
#include "sinks.h"

#include <unistd.h>

#include <cstdio>
#include <iostream>

#include "json.h"

namespace suchi {

Result<std::unique_ptr<AtomicFile>> AtomicFile::Create(const std::string& path) {
  std::unique_ptr<AtomicFile> f(new AtomicFile(path));
  if (path == "-") return f;
  f->tmp_ = path + ".tmp." + std::to_string(::getpid());
  f->file_.open(f->tmp_, std::ios::binary | std::ios::trunc);
  if (!f->file_) return Status::Error(path + ": cannot write (is the directory writable?)");
  return f;
}

AtomicFile::~AtomicFile() {
  if (!committed_ && !tmp_.empty()) {
    if (!closed_) file_.close();
    std::remove(tmp_.c_str());
  }
}

std::ostream& AtomicFile::out() { return path_ == "-" ? std::cout : file_; }

Status AtomicFile::Close() {
  if (path_ == "-") return Status();
  if (!closed_) {
    file_.flush();
    bool good = static_cast<bool>(file_);
    file_.close();
    closed_ = true;
    lost_ = !good || file_.fail();
  }
  return lost_ ? Status::Error(path_ + ": write failed (disk full?)") : Status();
}

Status AtomicFile::Commit() {
  if (path_ == "-") {
    std::cout.flush();
    committed_ = true;
    return std::cout ? Status() : Status::Error("standard output: write failed");
  }
  if (Status s = Close(); !s.ok()) return s;
  if (std::rename(tmp_.c_str(), path_.c_str()) != 0)
    return Status::Error(path_ + ": cannot rename temporary file into place");
  committed_ = true;
  return Status();
}

void SentenceJsonlWriter::Write(const ArticleResult& r) {
  for (const Sentence& s : r.sentences) {
    nlohmann::json j = {{"article", r.article.id},      {"start", s.start},
                        {"end", s.end},                 {"char_start", s.char_start},
                        {"char_end", s.char_end},       {"paragraph", s.paragraph},
                        {"kind", SentenceKindName(s.kind)}, {"text", s.text}};
    if (!s.chrome_rule.empty()) j["chrome_rule"] = s.chrome_rule;
    out_ << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  }
}

void QuantityJsonlWriter::Write(const ArticleResult& r) {
  CodePointIndex cps(r.article.text);
  for (std::size_t i = 0; i < r.quantities.size(); ++i) {
    const Sentence& s = r.sentences[i];
    for (const Quantity& q : r.quantities[i]) {
      if (q.kind == UnitKind::kTime && !with_time_) continue;
      std::size_t b = r.norm.OrigBegin(s.norm_begin + q.begin);
      std::size_t e = r.norm.OrigEnd(s.norm_begin + q.end);
      nlohmann::json j = {{"article", r.article.id}, {"start", b},
                          {"end", e},                {"char_start", cps.CodePoints(b)},
                          {"char_end", cps.CodePoints(e)},
                          {"quote", r.article.text.substr(b, e - b)}};
      j.update(QuantityToJson(q));
      j["sentence"] = s.text;
      out_ << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    }
  }
}

void ClaimJsonlWriter::Write(const ArticleResult& r) {
  if (!r.rendered.empty()) {
    out_ << r.rendered;
  } else if (shuffle_key_) {
    ArticleResult copy;
    copy.claims = r.claims;
    Render(copy);
    out_ << copy.rendered;
  } else {
    WriteClaimsJsonl(out_, r.claims);
  }
}

// The bytes of a claims.jsonl line besides its sentence, quote and ids:
// field names, numbers, unit, key, subject and metric (about 700 in the
// corpus).
constexpr std::size_t kClaimLineFixedBytes = 768;

void ClaimJsonlWriter::Render(ArticleResult& r) const {
  r.rendered.clear();
  // Reserved from the variable parts of the lines, with room to spare: a
  // string that doubles holds its old and new text at once, which for a
  // huge article is more than the article itself.
  std::size_t estimate = 0;
  for (const Claim& c : r.claims)
    estimate += kClaimLineFixedBytes + c.sentence.size() + c.quote.size() + 2 * c.id.size();
  r.rendered.reserve(estimate + estimate / 8);
  for (Claim& c : r.claims) {
    if (shuffle_key_) {
      std::string group = c.question ? "" : StreamGroupOfKey(c.key);
      if (group.empty()) continue;
      r.rendered += group;
      r.rendered += '\t';
    }
    AppendClaimJsonLine(c, r.rendered);
    if (consume_) c = Claim();
  }
}

void WriteClaimsJsonl(std::ostream& out, const std::vector<Claim>& claims) {
  std::string lines;
  for (const Claim& c : claims) AppendClaimJsonLine(c, lines);
  out << lines;
}

void WriteConflictsJsonl(std::ostream& out, const std::vector<Conflict>& conflicts) {
  for (const Conflict& c : conflicts)
    out << ConflictToJson(c).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
        << '\n';
}

}  // namespace suchi
