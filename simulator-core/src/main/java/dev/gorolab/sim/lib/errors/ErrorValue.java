package dev.gorolab.sim.lib.errors;

import dev.gorolab.sim.program.GoError;

/**
 * The errors the library makes: {@code errors.New}'s {@code *errors.errorString}, and
 * {@code fmt.Errorf}'s {@code *fmt.wrapError} (one {@code %w}) or {@code *errors.errorString}
 * (none). A class rather than a record: each is a distinct pointer, equal only to itself.
 */
public final class ErrorValue implements GoError {
  private final String message;
  private final String goType;
  private final Object wrapped;

  public ErrorValue(String message, String goType, Object wrapped) {
    this.message = message;
    this.goType = goType;
    this.wrapped = wrapped;
  }

  /** {@code errors.New(message)}. */
  public static ErrorValue of(String message) {
    return new ErrorValue(message, "*errors.errorString", null);
  }

  @Override
  public String error() {
    return message;
  }

  @Override
  public String goType() {
    return goType;
  }

  @Override
  public Object unwrap() {
    return wrapped;
  }

  @Override
  public String toString() {
    return message;
  }
}
