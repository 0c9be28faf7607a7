package dev.gorolab.test.hostile;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.gorolab.model.Event;
import dev.gorolab.scenario.Scenario;
import dev.gorolab.sim.program.Program;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Property tests over hostile inputs, in every build: mutated scenario files and Go files (from
 * the bundled library) load or are rejected with messages; generated programs load, run to an end
 * or a limit with the model's invariants after every step, and give the same trace twice.
 *
 * <p>Each try is drawn from its own seed, derived from {@link #BASE_SEED} (or {@code
 * -Dhostile.seed=N}); a failure names the seed of its try, and {@code -Dhostile.replay=SEED} runs
 * that try alone. {@code -Dhostile.tries=N} multiplies nothing but the number of tries: the build's
 * numbers add up to 10,000 inputs (docs/hostile-inputs.md has the measured time).
 */
class HostileInputPropertiesTest {

  private static final long BASE_SEED = Long.getLong("hostile.seed", 20261204L);
  private static final Long REPLAY = Long.getLong("hostile.replay");
  private static final double TRIES_FACTOR = Double.parseDouble(System.getProperty("hostile.triesFactor", "1"));

  private static final Path LIBRARY =
      Path.of("..", "scenarios", "src", "main", "resources", "dev", "gorolab", "scenario", "library");

  private static final List<String> JSON_SEEDS = texts(".json");
  private static final List<String> GO_SEEDS = texts(".go");

  private static List<String> texts(String suffix) {
    try (Stream<Path> files = Files.walk(LIBRARY)) {
      List<String> out = new ArrayList<>();
      for (Path p : files.filter(f -> f.toString().endsWith(suffix)).sorted().toList()) {
        if (!p.getFileName().toString().equals("index.json")) {
          out.add(Files.readString(p, StandardCharsets.UTF_8));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs {@code tries} tries, each with its own seed; a failure is reported with that seed. */
  private static void forAll(String property, int tries, LongConsumer oneTry) {
    if (REPLAY != null) {
      oneTry.accept(REPLAY);
      return;
    }
    SplittableRandom seeds = new SplittableRandom(BASE_SEED ^ property.hashCode());
    int n = (int) Math.max(1, tries * TRIES_FACTOR);
    for (int i = 0; i < n; i++) {
      long seed = seeds.nextLong();
      try {
        oneTry.accept(seed);
      } catch (Throwable t) {
        fail(property + ": try " + i + " failed; replay with -Dhostile.replay=" + seed, t);
      }
    }
  }

  // ---- mutated files ----------------------------------------------------------------------------

  @Test
  void mutatedScenario_loadsOrIsRejected_andALoadedOneRunsToAnEnd() {
    forAll("mutatedScenario", 7000, seed -> {
      String json = mutate(JSON_SEEDS, JSON_TOKENS, seed);
      Scenario s = Hostile.loadOrReject(json);
      if (s != null) {
        assertNotNull(Hostile.runChecked(s.program(), s.gomaxprocs(), s.seed()));
      }
    });
  }

  @Test
  void mutatedGoFile_readsOrGivesGoErrors_andALoadedOneRunsToAnEnd() {
    forAll("mutatedGoFile", 2000, seed -> {
      String go = mutate(GO_SEEDS, GO_TOKENS, seed);
      Program p = Hostile.readGo(go);
      if (p != null) {
        assertNotNull(Hostile.runChecked(p, 2, 1));
      }
    });
  }

  /** Pieces an attacker or a careless author puts into a file. */
  private static final List<String> JSON_TOKENS = List.of(
      "{", "}", "[", "]", ",", ":", "\"", "\\", "\\u0000", "1e99999999999", "-0", "1e-99999", "null",
      "true", "\"go\": \"f()\"", "\"for\": \"\"", "\"line\": 0", "((((((((((", "- - - - - -", "+a+a+a+a",
      "\"label\": \"L\"", "\"gomaxprocs\": 1000", "\"seed\": -1", "\"cap\": -1", "1 << 64", "nosuch",
      "x += y", "\"//\": 1", "\uFEFF", "\n", "\t", "é", "💥");

  private static final List<String> GO_TOKENS = List.of(
      "{", "}", "(", ")", "[", "]", ";", "\n", "for {}", "go f()", "select {}", "<-", "chan", "func",
      "L:", "goto L", "break L", "defer", "panic(1)", "recover()", "1e99999999999", "1 << 64",
      "9223372036854775807 + 1", "-1", "make(chan int, -1)", "make([]int, 1<<62)", "x += y", "_ += 1",
      "\"", "`", "'", "/*", "//", "((((((((((", "- - - - - -", "+a+a+a+a", "package", "import", "é");

  /** Applies {@code n} mutations chosen by {@code r}: deletions, insertions, repeats, swaps. */
  static String mutate(String text, int n, long r, List<String> tokens) {
    java.util.SplittableRandom random = new java.util.SplittableRandom(r);
    StringBuilder s = new StringBuilder(text);
    for (int i = 0; i < n; i++) {
      int at = s.length() == 0 ? 0 : random.nextInt(s.length());
      int span = Math.min(s.length() - at, 1 + random.nextInt(40));
      switch (random.nextInt(6)) {
        case 0 -> s.delete(at, at + span);
        case 1 -> s.insert(at, tokens.get(random.nextInt(tokens.size())));
        case 2 -> s.insert(at, s.substring(at, at + span).repeat(1 + random.nextInt(200)));
        case 3 -> s.insert(at, tokens.get(random.nextInt(tokens.size())).repeat(1 + random.nextInt(3000)));
        case 4 -> {
          if (span > 1) {
            char c = s.charAt(at);
            s.setCharAt(at, s.charAt(at + span - 1));
            s.setCharAt(at + span - 1, c);
          }
        }
        default -> {
          if (s.length() > 0) {
            s.setCharAt(at, (char) random.nextInt(0x80));
          }
        }
      }
    }
    return s.toString();
  }

  /** A seed file with one to four mutations, all drawn from {@code seed}. */
  static String mutate(List<String> seeds, List<String> tokens, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    return mutate(seeds.get(r.nextInt(seeds.size())), 1 + r.nextInt(4), r.nextLong(), tokens);
  }

  // ---- generated programs -----------------------------------------------------------------------

  @Test
  void generatedProgram_runsToAnEndWithInvariantsAfterEveryStep_andGivesTheSameTraceTwice() {
    forAll("generatedProgram", 1000, seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      String json = ProgramGenerator.generate(r.nextLong());
      int gomaxprocs = 1 + r.nextInt(4);
      long runSeed = r.nextInt(1000);
      Scenario s = Hostile.loadOrReject(json);
      assertNotNull(s, () -> "a generated program must load:\n" + json);
      Event.EndReason end = Hostile.runChecked(s.program(), gomaxprocs, runSeed);
      assertTrue(Hostile.ENDS.contains(end));
      Hostile.sameTraceTwice(s.program(), gomaxprocs, runSeed);
    });
  }
}
