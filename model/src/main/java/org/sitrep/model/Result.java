package org.sitrep.model;

/**
 * The outcome of reading one document: a value, never an exception, so one bad document in a
 * batch stops nothing.
 */
public sealed interface Result<T> {
  record Ok<T>(T value) implements Result<T> {}

  record Failed<T>(Failure failure) implements Result<T> {}

  static <T> Result<T> ok(T value) {
    return new Ok<>(value);
  }

  static <T> Result<T> failed(FailureReason reason, String detail) {
    return new Failed<>(new Failure(reason, detail));
  }
}
