package dev.gorolab.ui.viewmodel;

import java.util.List;

/** Okabe–Ito colours: distinguishable with the common forms of colour blindness and on projectors. */
public final class Palette {
  /** Fill colours, without Okabe–Ito's black, which stays for text. */
  public static final List<String> OKABE_ITO =
      List.of("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7");

  /** Text colour readable on each fill, chosen by contrast ratio. */
  public static final List<String> TEXT_ON =
      List.of("#000000", "#000000", "#FFFFFF", "#000000", "#FFFFFF", "#000000", "#000000");

  /** Runtime goroutines (forcegc, bgsweep, …) are grey: they are not the program's. */
  public static final String SYSTEM = "#B0B0B0";

  private Palette() {}

  /** Fill colour of a token. */
  public static String fill(Token t) {
    return t.system() ? SYSTEM : OKABE_ITO.get(t.colour());
  }

  /** Text colour of a token. */
  public static String text(Token t) {
    return t.system() ? "#000000" : TEXT_ON.get(t.colour());
  }

  /** The colour of goroutine {@code g}: G1 orange, G2 sky blue, and so on around the palette. */
  public static int colourOf(int g) {
    return Math.floorMod(g - 1, OKABE_ITO.size());
  }

  /** How many outline styles go with the colours: colour and outline tell 28 goroutines apart. */
  public static final int CUES = 4;

  /**
   * The second cue of goroutine {@code g}, for when the colours repeat: 0 plain (G1–G7), 1 dashed
   * (G8–G14), 2 ringed (G15–G21), 3 dotted (G22–G28), then round again. G1 and G8 share a colour
   * but never an outline; the G number is on every token and bar besides.
   */
  public static int cueOf(int g) {
    return Math.floorMod(Math.floorDiv(g - 1, OKABE_ITO.size()), CUES);
  }

  /** The style class of the outline cue, or null for the plain one. */
  public static String cueClass(int g) {
    int cue = cueOf(g);
    return cue == 0 ? null : "cue-" + cue;
  }
}
