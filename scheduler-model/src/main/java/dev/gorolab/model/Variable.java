package dev.gorolab.model;

import java.util.Objects;
import java.util.function.Function;

/**
 * One variable of a goroutine as shown to the audience: name, Go type and Go-formatted value.
 *
 * <p>A recorded run keeps a variable for every value a goroutine's variables took, and most are
 * never looked at: {@link #formatted} keeps the value itself and formats it when {@link #value()}
 * is read, so recording costs no string per assignment. Equality is by name, type and formatted
 * value, as for a record of three strings.
 */
public final class Variable {
  private final String name;
  private final String type;
  /** The formatted value when {@code format} is null, else the value to format. */
  private final Object value;
  private final Function<Object, String> format;

  public Variable(String name, String type, String value) {
    this(name, type, Objects.requireNonNull(value), null);
  }

  private Variable(String name, String type, Object value, Function<Object, String> format) {
    this.name = Objects.requireNonNull(name);
    this.type = Objects.requireNonNull(type);
    this.value = value;
    this.format = format;
  }

  /**
   * A variable holding {@code value}, formatted by {@code format} when read. The value must not
   * change afterwards (numbers, strings, channels); format anything mutable now instead.
   */
  public static Variable formatted(String name, String type, Object value, Function<Object, String> format) {
    return new Variable(name, type, value, Objects.requireNonNull(format));
  }

  public String name() {
    return name;
  }

  public String type() {
    return type;
  }

  /** The value as Go formats it (strings quoted). */
  public String value() {
    return format == null ? (String) value : format.apply(value);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof Variable v && name.equals(v.name) && type.equals(v.type)
        && (value == v.value && format == v.format || value().equals(v.value()));
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, type, value());
  }

  @Override
  public String toString() {
    return "Variable[name=" + name + ", type=" + type + ", value=" + value() + "]";
  }
}
