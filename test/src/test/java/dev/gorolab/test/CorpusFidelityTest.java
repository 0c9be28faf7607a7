package dev.gorolab.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.gorolab.sim.syntax.GoError;
import dev.gorolab.sim.syntax.GoFile;
import dev.gorolab.sim.trace.RunOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lecture corpus ({@code corpus/<name>/main.go}, recorded from real Go 1.19 by
 * {@code tools/record-go-fixtures.sh --corpus}) opens unmodified as Go and prints what real Go
 * printed at GOMAXPROCS=1, except the programs that {@code corpus/expectations.txt} lists:
 *
 * <ul>
 *   <li>{@code not-modelled}: the program uses a construct GoroLab does not model yet; the file
 *       holds the exact messages opening it gives, so a feature that lands changes them and this
 *       test asks for the entry to be updated or removed;
 *   <li>{@code differs}: the program opens, but its run differs from real Go's for a reason the
 *       entry names; the test checks that it still differs, so a fix removes the entry.
 * </ul>
 *
 * <p>docs/corpus.md lists every program with its status; a test keeps the two in step.
 *
 * <p>When a feature lands and messages change, run this test with {@code -Dcorpus.record=true}:
 * it rewrites the {@code not-modelled} entries of {@code src/test/resources/corpus/expectations.txt}
 * from what opening each program gives now (the reason lists the constructs the messages name);
 * read the diff, then run {@code tools/update-corpus-docs.py}.
 */
class CorpusFidelityTest {
  /** A Go file opened alone runs with seed 1, as the app opens it. */
  private static final long SEED = 1;

  /** An entry of {@code corpus/expectations.txt}. */
  record Expectation(String name, String kind, String reason, String messages) {}

  static Path corpus() {
    try {
      return Path.of(CorpusFidelityTest.class.getResource("/corpus").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Stream<String> programs() throws IOException {
    try (Stream<Path> dirs = Files.list(corpus())) {
      return dirs.filter(d -> Files.isRegularFile(d.resolve("main.go")))
          .map(d -> d.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  /**
   * Reads {@code expectations.txt}: blocks of a header {@code == name | kind | reason} and, for
   * {@code not-modelled}, the exact message lines up to the next blank line; {@code #} starts a
   * comment line.
   */
  static Map<String, Expectation> expectations() {
    String text = read(corpus().resolve("expectations.txt"));
    Map<String, Expectation> out = new LinkedHashMap<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (!line.startsWith("== ")) {
        throw new IllegalStateException("expectations.txt:" + (i + 1) + ": expected \"== name | kind | reason\", found: " + line);
      }
      String[] parts = line.substring(3).split(" \\| ", 3);
      if (parts.length != 3 || !List.of("not-modelled", "differs").contains(parts[1])) {
        throw new IllegalStateException("expectations.txt:" + (i + 1) + ": expected \"== name | not-modelled|differs | reason\"");
      }
      List<String> messages = new ArrayList<>();
      while (i + 1 < lines.length && !lines[i + 1].isBlank()) {
        messages.add(lines[++i]);
      }
      if (out.put(parts[0], new Expectation(parts[0], parts[1], parts[2], String.join("\n", messages))) != null) {
        throw new IllegalStateException("expectations.txt:" + (i + 1) + ": " + parts[0] + " listed twice");
      }
    }
    return out;
  }

  @Test
  void corpus_holdsAtLeastFortyPrograms() throws IOException {
    assertTrue(programs().count() >= 40, "only " + programs().count() + " programs in the corpus");
  }

  @Test
  void expectations_nameOnlyCorpusPrograms() throws IOException {
    List<String> names = programs().toList();
    for (String listed : expectations().keySet()) {
      assertTrue(names.contains(listed), "expectations.txt lists " + listed + ", which is not in the corpus");
    }
  }

  @Test
  void everyProgram_hasARealGoFixture() throws IOException {
    for (String name : programs().toList()) {
      Path dir = corpus().resolve(name);
      boolean deterministic = Files.exists(dir.resolve("main.stdout")) && Files.exists(dir.resolve("main.exit"));
      boolean variants = Files.exists(dir.resolve("main.nondeterministic"));
      assertTrue(deterministic ^ variants, name + ": record it with tools/record-go-fixtures.sh --corpus");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("programs")
  void program_opensAsGoAndPrintsWhatRealGoPrints(String name) {
    Path dir = corpus().resolve(name);
    Expectation expected = expectations().get(name);
    GoFile.Result file = GoFile.read("main.go", read(dir.resolve("main.go")));
    if (RECORD) {
      RECORDED.put(name, file.ok() ? "" : String.join("\n", file.errors().stream().map(GoError::toString).toList()));
      return;
    }
    if (!file.ok()) {
      String messages = String.join("\n", file.errors().stream().map(GoError::toString).toList());
      if (expected == null || !expected.kind().equals("not-modelled")) {
        fail(name + " does not open; if it waits for a construct, add to corpus/expectations.txt:\n== " + name
            + " | not-modelled | <construct> (issue N)\n" + messages + "\n");
      }
      assertEquals(expected.messages(), messages, name + ": the messages changed; update corpus/expectations.txt");
      return;
    }
    if (expected != null && expected.kind().equals("not-modelled")) {
      fail(name + " opens now: remove its not-modelled entry from corpus/expectations.txt and run tools/update-corpus-docs.py");
    }
    RunOutcome outcome = Runs.record(file.program(), 1, SEED).outcome();
    String actual = outcome.stdout() + "\n--exit " + outcome.exitCode() + "--\n"
        + String.join("\n", FidelityTest.reportLines(outcome.stderr()));
    String go = realGo(dir);
    if (expected != null) {
      assertNotEquals(go, actual, name + " now matches real Go: remove its differs entry from corpus/expectations.txt");
      return;
    }
    assertEquals(go, actual, name + ": stdout, exit code and Go's report lines");
  }

  private static final boolean RECORD = Boolean.getBoolean("corpus.record");
  private static final Map<String, String> RECORDED = new java.util.concurrent.ConcurrentSkipListMap<>();
  private static final Pattern NOT_MODELLED = Pattern.compile(": GoroLab does not model (.+) yet$");
  private static final Pattern UNDEFINED_QUALIFIED = Pattern.compile(": undefined: (\\w+\\.\\w+)$");

  /** In record mode, writes expectations.txt again: differs entries kept, not-modelled ones from this run. */
  @AfterAll
  static void writeRecordedExpectations() throws IOException {
    if (!RECORD) {
      return;
    }
    String text = read(corpus().resolve("expectations.txt"));
    int firstEntry = text.indexOf("\n== ");
    String header = (firstEntry < 0 ? text : text.substring(0, firstEntry)).stripTrailing();
    StringBuilder out = new StringBuilder(header).append('\n');
    Map<String, Expectation> old = expectations();
    for (Map.Entry<String, String> e : RECORDED.entrySet()) {
      Expectation was = old.get(e.getKey());
      if (was != null && was.kind().equals("differs")) {
        out.append("\n== ").append(e.getKey()).append(" | differs | ").append(was.reason()).append('\n');
      } else if (!e.getValue().isEmpty()) {
        java.util.Set<String> constructs = new java.util.LinkedHashSet<>();
        for (String line : e.getValue().split("\n")) {
          Matcher m = NOT_MODELLED.matcher(line);
          Matcher u = UNDEFINED_QUALIFIED.matcher(line);
          if (m.find()) {
            constructs.add(m.group(1));
          } else if (u.find()) {
            constructs.add(u.group(1));
          }
        }
        out.append("\n== ").append(e.getKey()).append(" | not-modelled | ")
            .append(String.join(", ", constructs)).append(" (issue 10)\n").append(e.getValue()).append('\n');
      }
    }
    Files.writeString(Path.of("src/test/resources/corpus/expectations.txt"), out.toString().replaceFirst("\n+$", "\n"), StandardCharsets.UTF_8);
  }

  /** Real Go's output in the form {@code actual} takes: the one run, or the most frequent variant. */
  private static String realGo(Path dir) {
    if (Files.exists(dir.resolve("main.nondeterministic"))) {
      FidelityTest.Variant top = FidelityTest.Variant.parse(read(dir.resolve("main.nondeterministic"))).get(0);
      return top.stdout() + "\n--exit " + top.exit() + "--\n" + String.join("\n", FidelityTest.reportLines(top.stderr()));
    }
    return read(dir.resolve("main.stdout")) + "\n--exit " + read(dir.resolve("main.exit")).strip() + "--\n"
        + String.join("\n", FidelityTest.reportLines(read(dir.resolve("main.stderr"))));
  }

  @Test
  void docs_listEveryProgramWithItsStatus() throws IOException {
    Path doc = Path.of("..", "docs", "corpus.md");
    String text = read(doc);
    Map<String, Expectation> expectations = expectations();
    for (String name : programs().toList()) {
      String row = text.lines().filter(l -> l.startsWith("| [`" + name + "`]")).findFirst().orElse(null);
      assertTrue(row != null, "docs/corpus.md has no row for " + name);
      Expectation e = expectations.get(name);
      String status = e == null ? "matches" : e.kind().equals("not-modelled") ? "waits: " + e.reason() : "differs: " + e.reason();
      assertTrue(row.endsWith("| " + status + " |"), "docs/corpus.md row of " + name + " should end with | " + status + " |");
    }
  }

  static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
