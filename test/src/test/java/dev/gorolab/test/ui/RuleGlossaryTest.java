package dev.gorolab.test.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gorolab.ui.viewmodel.RuleGlossary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The glossary behind the R-numbers of the narration: every rule any sentence pattern names has an
 * entry in both languages with its go1.19 source place (LibraryNarrationTest checks the sentences
 * of every step of every bundled scenario as well).
 */
class RuleGlossaryTest {
  private final RuleGlossary glossary = RuleGlossary.load();

  private static String narrationPatterns(String name) throws IOException {
    try (InputStream in = dev.gorolab.sim.trace.Trace.class.getResourceAsStream("/dev/gorolab/sim/trace/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void everyRuleTheNarrationPatternsName_hasAnEntryInBothLanguages() throws IOException {
    List<String> missing = new ArrayList<>();
    for (String file : List.of("narration.properties", "narration_zh.properties")) {
      for (String rule : RuleGlossary.rulesIn(narrationPatterns(file))) {
        for (Locale l : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
          if (glossary.lookup(rule, l).isEmpty()) {
            missing.add(rule + " " + l);
          }
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void entry_namesItsGo119SourcePlace_inBothLanguages() {
    var en = glossary.lookup("R7.3", Locale.ENGLISH).orElseThrow();
    var zh = glossary.lookup("R7.3", Locale.SIMPLIFIED_CHINESE).orElseThrow();
    assertEquals("Receive", en.title());
    assertEquals("接收", zh.title());
    assertEquals("runtime/chan.go: chanrecv, recv", en.source());
    assertEquals(en.source(), zh.source());
  }

  @Test
  void everyEntry_hasTitleTextAndSource_inBothLanguages() {
    assertTrue(glossary.rules().size() >= 60, "rules: " + glossary.rules());
    for (String rule : glossary.rules()) {
      for (Locale l : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
        assertTrue(glossary.lookup(rule, l).isPresent(), rule + " in " + l);
      }
    }
    assertEquals("R1.1", glossary.rules().get(0));
    assertEquals("R14.4", glossary.rules().get(glossary.rules().size() - 1));
  }

  @Test
  void rulesIn_findsEachRuleOnceInOrder_andNotInsideOtherWords() {
    assertEquals(List.of("R9.3", "R6.3"), RuleGlossary.rulesIn("The timer wakes G6 (R9.3, R6.3); again (R9.3)."));
    assertEquals(List.of("R11"), RuleGlossary.rulesIn("deadlock (R11)"));
    assertEquals(List.of("R6.2"), RuleGlossary.rulesIn("G6 唤醒 G7，G6 继续运行（R6.2）。"));
    assertEquals(List.of("R3.5"), RuleGlossary.rulesIn("steals (R3.5, round 2)"));
    assertEquals(List.of(), RuleGlossary.rulesIn("(ERR1.2 and R)"));
    assertEquals(List.of(), RuleGlossary.rulesIn("G6 prints \"R1 got 0 false\"."));
  }
}
