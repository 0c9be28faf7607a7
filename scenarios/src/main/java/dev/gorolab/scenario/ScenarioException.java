package dev.gorolab.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A scenario file that cannot be loaded: the user's mistake, never a bug of GoroLab.
 *
 * <p>Holds the errors found, sorted by position, at most {@link #MAX_SHOWN} of them;
 * {@link #getMessage()} is one line per error, and a last line says how many more the file has.
 */
public final class ScenarioException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Most errors shown; nobody reads past the first screenful, and a file can hold millions. */
  public static final int MAX_SHOWN = 100;

  /** The last line of a file with more errors than are shown. */
  public static final String MORE_ERRORS = "and %,d more error%s";

  private final transient List<ScenarioError> errors;
  private final int omitted;

  /** Creates the exception; {@code errors} must not be empty. */
  public ScenarioException(List<ScenarioError> errors) {
    this(errors, 0);
  }

  /**
   * Creates the exception from the errors kept and the number of further errors found but not
   * kept; of {@code errors} too only the first {@link #MAX_SHOWN} by position are kept.
   */
  public ScenarioException(List<ScenarioError> errors, int omitted) {
    this(Shown.of(errors, omitted));
  }

  private ScenarioException(Shown shown) {
    super(render(shown), null, false, false);
    this.errors = shown.errors();
    this.omitted = shown.omitted();
  }

  private record Shown(List<ScenarioError> errors, int omitted) {
    static Shown of(List<ScenarioError> errors, int omitted) {
      if (errors.isEmpty()) {
        throw new IllegalArgumentException("a ScenarioException needs at least one error");
      }
      List<ScenarioError> sorted = new ArrayList<>(errors);
      Collections.sort(sorted);
      int shown = Math.min(MAX_SHOWN, sorted.size());
      return new Shown(List.copyOf(sorted.subList(0, shown)), omitted + sorted.size() - shown);
    }
  }

  /** The errors, sorted by line and column: the first {@link #MAX_SHOWN}. */
  public List<ScenarioError> errors() {
    return errors;
  }

  /** How many errors the file has beyond {@link #errors()}. */
  public int omitted() {
    return omitted;
  }

  @Override
  public String toString() {
    return getMessage();
  }

  private static String render(Shown shown) {
    StringBuilder text = new StringBuilder();
    for (ScenarioError error : shown.errors()) {
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append(error);
    }
    if (shown.omitted() > 0) {
      text.append('\n')
          .append(shown.errors().get(0).file())
          .append(": ")
          .append(String.format(MORE_ERRORS, shown.omitted(), shown.omitted() == 1 ? "" : "s"));
    }
    return text.toString();
  }
}
