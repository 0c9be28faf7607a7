package dev.gorolab.test;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.gorolab.scenario.Scenario;
import dev.gorolab.sim.trace.Trace;
import dev.gorolab.ui.viewmodel.RuleGlossary;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every step of every scenario in the library folder has a sentence in English and in Chinese: no
 * missing key, no Java record text ({@code MachineNetpollBlocked[time=...]}), no unfilled
 * placeholder. The course's first program once showed such raw text at step 27.
 */
class LibraryNarrationTest {
  private static final Pattern RECORD_TEXT = Pattern.compile("\\b[A-Z][A-Za-z]+\\[[a-z][A-Za-z]*=");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
  /**
   * Folders whose program uses what the simulator cannot run yet, with what it lacks. Each must
   * still fail to load: once it loads, it leaves this list and is walked like the rest.
   */
  private static final Map<String, String> NOT_YET_RUNNABLE = Map.of();
  private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);
  private static final RuleGlossary GLOSSARY = RuleGlossary.load();

  static Stream<Library.Folder> folders() {
    return Library.folders().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("folders")
  void everyStep_hasASentenceInBothLanguages(Library.Folder folder) {
    String lacking = NOT_YET_RUNNABLE.get(folder.name());
    if (lacking != null) {
      IllegalStateException e = assertThrows(IllegalStateException.class, folder::load,
          folder + " loads now: remove it from NOT_YET_RUNNABLE so its steps are walked");
      assertTrue(e.getMessage().contains(lacking), e.getMessage());
      return;
    }
    Scenario scenario = folder.load();
    Trace trace = Runs.record(scenario);
    assertTrue(trace.size() > 0, folder + " recorded no steps");
    for (int i = 0; i < trace.size(); i++) {
      for (Locale locale : LANGUAGES) {
        String text;
        try {
          text = trace.narration(i, locale);
        } catch (RuntimeException e) {
          fail(folder + " step " + (i + 1) + " (" + trace.event(i) + ") has no sentence in " + locale + ": " + e, e);
          return;
        }
        String where = folder + " step " + (i + 1) + " in " + locale + ": ";
        if (text.isBlank() || RECORD_TEXT.matcher(text).find() || PLACEHOLDER.matcher(text).find()) {
          fail(where + text);
        }
        // Every rule a sentence names opens its glossary entry, in both languages.
        for (String rule : RuleGlossary.rulesIn(text)) {
          for (Locale l : LANGUAGES) {
            if (GLOSSARY.lookup(rule, l).isEmpty()) {
              fail(where + rule + " has no glossary entry in " + l + ": " + text);
            }
          }
        }
      }
    }
  }

  @Test
  void selectWithDefault_saysWhenItTakesDefault() {
    Library.Folder folder = Library.folders().stream().filter(f -> f.name().equals("teach-select-default")).findFirst().orElseThrow();
    Trace trace = Runs.record(folder.load());
    long defaults = 0;
    for (int i = 0; i < trace.size(); i++) {
      if (trace.narration(i, Locale.ENGLISH).contains("takes default")) {
        defaults++;
      }
    }
    // The polling loop takes default at least once, and the third send finds the buffer full.
    assertTrue(defaults >= 2, "select's default narrated " + defaults + " times");
  }
}
