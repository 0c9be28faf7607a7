package dev.gorolab.ui.viewmodel;

import dev.gorolab.model.RuntimeSnapshot.GStatus;
import dev.gorolab.model.RuntimeSnapshot.GoroutineState;
import dev.gorolab.sim.trace.Narrator;

/**
 * A goroutine as drawn: its id, a readable name ({@code G6 makeCakeAndSend}) and a colour that
 * stays the same wherever it appears (runtime view, timeline, code markers).
 *
 * @param colour index into {@link Palette#OKABE_ITO}
 */
public record Token(int g, String label, int colour, GStatus status, boolean system) {

  public static Token of(GoroutineState s) {
    return new Token(s.id(), name(s.id(), s.function()), Palette.colourOf(s.id()), s.status(), s.system());
  }

  /** {@code G1 main}, as the narration names it; a goroutine the snapshot does not know is shown by id alone. */
  public static String name(int g, String function) {
    return function == null || function.isEmpty() ? "G" + g : Narrator.label(g, function);
  }
}
