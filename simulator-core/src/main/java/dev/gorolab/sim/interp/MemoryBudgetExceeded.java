package dev.gorolab.sim.interp;

/**
 * A value the program makes would pass the run's memory budget, GoroLab's limit (Go has none but
 * the machine's memory): the run ends with {@link #getMessage()} as its note.
 */
final class MemoryBudgetExceeded extends RuntimeException {
  private static final long serialVersionUID = 1L;

  MemoryBudgetExceeded(String note) {
    super(note, null, false, false);
  }
}
