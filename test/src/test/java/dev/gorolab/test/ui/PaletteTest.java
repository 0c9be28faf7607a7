package dev.gorolab.test.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.gorolab.ui.viewmodel.Palette;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Colours repeat after seven goroutines; the outline cue keeps any two of the first 28 apart. */
class PaletteTest {
  @Test
  void g1AndG8_shareAColourButNotAnOutline() {
    assertEquals(Palette.colourOf(1), Palette.colourOf(8));
    assertNotEquals(Palette.cueOf(1), Palette.cueOf(8));
  }

  @Test
  void first28Goroutines_eachHaveTheirOwnColourAndOutline() {
    Map<List<Integer>, Integer> seen = new HashMap<>();
    for (int g = 1; g <= Palette.OKABE_ITO.size() * Palette.CUES; g++) {
      Integer before = seen.put(List.of(Palette.colourOf(g), Palette.cueOf(g)), g);
      assertEquals(null, before, "G" + g + " looks like G" + before);
    }
  }
}
