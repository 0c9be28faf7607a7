package dev.gorolab.ui.backend;

import java.util.List;

/** A scenario file the loader rejected; {@link #getMessage()} is the loader's text, one line per error. */
public final class ScenarioLoadException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient List<LoadProblem> problems;

  public ScenarioLoadException(String message, List<LoadProblem> problems) {
    super(message);
    this.problems = List.copyOf(problems);
  }

  public List<LoadProblem> problems() {
    return problems;
  }
}
