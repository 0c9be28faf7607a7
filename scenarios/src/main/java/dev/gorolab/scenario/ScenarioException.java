package dev.gorolab.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A scenario file that cannot be loaded: the user's mistake, never a bug of GoroLab.
 *
 * <p>Holds every error found, sorted by position; {@link #getMessage()} is one line per error.
 */
public final class ScenarioException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<ScenarioError> errors;

  /** Creates the exception; {@code errors} must not be empty. */
  public ScenarioException(List<ScenarioError> errors) {
    this(sorted(errors));
  }

  private ScenarioException(ArrayList<ScenarioError> inOrder) {
    super(render(inOrder), null, false, false);
    this.errors = List.copyOf(inOrder);
  }

  /**
   * Creates the exception from errors already in the order to show: a Go file's errors, which
   * the Go front end orders as {@code go build} does (its last may be {@code too many errors}).
   */
  public static ScenarioException inOrder(List<ScenarioError> errors) {
    return new ScenarioException(new ArrayList<>(errors));
  }

  private static ArrayList<ScenarioError> sorted(List<ScenarioError> errors) {
    ArrayList<ScenarioError> sorted = new ArrayList<>(errors);
    Collections.sort(sorted);
    return sorted;
  }

  /** The errors, sorted by line and column (a Go file's: in {@code go build}'s order). */
  public List<ScenarioError> errors() {
    return errors;
  }

  @Override
  public String toString() {
    return getMessage();
  }

  private static String render(List<ScenarioError> errors) {
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("a ScenarioException needs at least one error");
    }
    StringBuilder text = new StringBuilder();
    for (ScenarioError error : errors) {
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append(error);
    }
    return text.toString();
  }
}
