package org.sitrep.model;

import java.util.function.Function;

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

  /** The value transformed, or the same failure. */
  default <U> Result<U> map(Function<? super T, ? extends U> f) {
    return flatMap(value -> ok(f.apply(value)));
  }

  /** The next step run on the value, or the same failure without running it. */
  default <U> Result<U> flatMap(Function<? super T, Result<U>> next) {
    if (this instanceof Ok<T> ok) return next.apply(ok.value());
    return new Failed<>(((Failed<T>) this).failure());
  }
}
