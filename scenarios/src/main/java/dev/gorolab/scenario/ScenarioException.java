package dev.gorolab.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A scenario file that cannot be loaded: the user's mistake, never a bug of GoroLab.
 *
 * <p>Holds the errors found, sorted by position (a Go file's in {@code go build}'s order), at most
 * {@link #MAX_SHOWN} of them; {@link #getMessage()} is one line per error, and a last line says
 * how many more the file has.
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
    this(sorted(errors), omitted);
  }

  private ScenarioException(ArrayList<ScenarioError> inOrder, int omitted) {
    this(Shown.of(inOrder, omitted));
  }

  private ScenarioException(Shown shown) {
    super(render(shown), null, false, false);
    this.errors = shown.errors();
    this.omitted = shown.omitted();
  }

  /**
   * Creates the exception from errors already in the order to show: a Go file's errors, which
   * the Go front end orders as {@code go build} does (its last may be {@code too many errors}).
   */
  public static ScenarioException inOrder(List<ScenarioError> errors) {
    return new ScenarioException(new ArrayList<>(errors), 0);
  }

  private static ArrayList<ScenarioError> sorted(List<ScenarioError> errors) {
    ArrayList<ScenarioError> sorted = new ArrayList<>(errors);
    Collections.sort(sorted);
    return sorted;
  }

  private record Shown(List<ScenarioError> errors, int omitted) {
    static Shown of(List<ScenarioError> inOrder, int omitted) {
      if (inOrder.isEmpty()) {
        throw new IllegalArgumentException("a ScenarioException needs at least one error");
      }
      int shown = Math.min(MAX_SHOWN, inOrder.size());
      return new Shown(List.copyOf(inOrder.subList(0, shown)), omitted + inOrder.size() - shown);
    }
  }

  /** The errors in the order shown, the first {@link #MAX_SHOWN}: by line and column, a Go file's as go build orders them. */
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
