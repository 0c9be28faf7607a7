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
    super(render(errors), null, false, false);
    List<ScenarioError> sorted = new ArrayList<>(errors);
    Collections.sort(sorted);
    this.errors = List.copyOf(sorted);
  }

  /** The errors, sorted by line and column. */
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
    List<ScenarioError> sorted = new ArrayList<>(errors);
    Collections.sort(sorted);
    StringBuilder text = new StringBuilder();
    for (ScenarioError error : sorted) {
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append(error);
    }
    return text.toString();
  }
}
