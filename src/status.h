// Errors as values for library code. Only main() exits.
//
// A Status is ok or carries a message that points at the data (rule
// file:line, article id, byte offset), never at a C++ source line.
// Result<T> is a value or a Status, in the spirit of absl::StatusOr.
#ifndef SUCHI_STATUS_H_
#define SUCHI_STATUS_H_

#include <optional>
#include <string>
#include <utility>

namespace suchi {

class Status {
 public:
  Status() = default;  // ok
  static Status Error(std::string message) { return Status(std::move(message)); }
  // An error of the machine or the setting, not of one input (a full
  // disk, an unwritable store): a batch stops at the first one.
  static Status Systemic(std::string message) {
    Status s(std::move(message));
    s.systemic_ = true;
    return s;
  }
  bool ok() const { return !message_.has_value(); }
  bool systemic() const { return systemic_; }
  // Returns the message, or "" when ok.
  const std::string& message() const {
    static const std::string kEmpty;
    return message_ ? *message_ : kEmpty;
  }

 private:
  explicit Status(std::string m) : message_(std::move(m)) {}
  std::optional<std::string> message_;
  bool systemic_ = false;
};

template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}            // NOLINT
  Result(Status status) : status_(std::move(status)) {}  // NOLINT: must be an error
  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() { return *value_; }
  const T& value() const { return *value_; }
  T& operator*() { return *value_; }
  const T& operator*() const { return *value_; }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace suchi

#endif  // SUCHI_STATUS_H_
