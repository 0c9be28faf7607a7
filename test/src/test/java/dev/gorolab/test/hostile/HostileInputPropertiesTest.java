package dev.gorolab.test.hostile;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * Property tests over hostile inputs, in every build: mutated scenario files and Go files (from
 * the bundled library) load or are rejected with messages; generated programs load, run to an end
 * or a limit with the model's invariants after every step, and give the same trace twice.
 *
 * <p>The numbers of tries add up to 10,000 inputs per build; docs/hostile-inputs.md has the
 * measured time and how to run more. jqwik's seed is printed on a failure, and
 * {@code @Property(seed = "...")} replays it.
 */
class HostileInputPropertiesTest {

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

  // ---- mutated files ----------------------------------------------------------------------------

  @Property(tries = 5000, shrinking = ShrinkingMode.OFF)
  void mutatedScenario_loadsOrIsRejected_andALoadedOneRunsToAnEnd(@ForAll("mutatedScenarios") String json) {
    Scenario s = Hostile.loadOrReject(json);
    if (s != null) {
      assertNotNull(Hostile.runChecked(s.program(), s.gomaxprocs(), s.seed()));
    }
  }

  @Property(tries = 3000, shrinking = ShrinkingMode.OFF)
  void mutatedGoFile_readsOrGivesGoErrors_andALoadedOneRunsToAnEnd(@ForAll("mutatedGoFiles") String go) {
    Program p = Hostile.readGo(go);
    if (p != null) {
      assertNotNull(Hostile.runChecked(p, 2, 1));
    }
  }

  @Provide
  Arbitrary<String> mutatedScenarios() {
    return mutated(JSON_SEEDS, JSON_TOKENS);
  }

  @Provide
  Arbitrary<String> mutatedGoFiles() {
    return mutated(GO_SEEDS, GO_TOKENS);
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

  private static Arbitrary<String> mutated(List<String> seeds, List<String> tokens) {
    Arbitrary<String> seed = Arbitraries.of(seeds);
    Arbitrary<Integer> count = Arbitraries.integers().between(1, 4);
    Arbitrary<Long> mutationSeed = Arbitraries.longs();
    return Combinators.combine(seed, count, mutationSeed).as((s, n, r) -> mutate(s, n, r, tokens));
  }

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

  // ---- generated programs -----------------------------------------------------------------------

  @Property(tries = 1000, shrinking = ShrinkingMode.OFF)
  void generatedProgram_runsToAnEndWithInvariantsAfterEveryStep_andGivesTheSameTraceTwice(
      @ForAll("programs") GeneratedProgram g) {
    Scenario s = Hostile.loadOrReject(g.json());
    assertNotNull(s, () -> "a generated program must load:\n" + g.json());
    Event.EndReason end = Hostile.runChecked(s.program(), g.gomaxprocs(), g.seed());
    assertTrue(Hostile.ENDS.contains(end));
    Hostile.sameTraceTwice(s.program(), g.gomaxprocs(), g.seed());
  }

  @Provide
  Arbitrary<GeneratedProgram> programs() {
    return Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(1, 4), Arbitraries.longs().between(0, 1000))
        .as((r, procs, seed) -> new GeneratedProgram(ProgramGenerator.generate(r), procs, seed));
  }

  /** A generated scenario and the settings to run it with. */
  record GeneratedProgram(String json, int gomaxprocs, long seed) {
    @Override
    public String toString() {
      return "GOMAXPROCS=" + gomaxprocs + " seed=" + seed + "\n" + json;
    }
  }
}
