package dev.gorolab.sim.outcome;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Real Go's outcomes of one program, as tools/record-parallel-outcomes.sh writes them
 * ({@code main.gomaxprocs2.outcomes}): header lines starting with {@code #}, then per distinct
 * outcome a line {@code === <count> runs, exit <code>, <bytes> bytes, stderr "<first line>"}
 * followed by exactly that many bytes (UTF-8) of stdout, most common first.
 */
public record GoDistribution(List<String> header, List<Entry> entries) {

  /** One outcome real Go produced, and in how many of the recorded runs. */
  public record Entry(int count, int exit, String stdout, String stderrFirstLine) {}

  private static final Pattern ENTRY =
      Pattern.compile("=== (\\d+) runs, exit (\\d+), (\\d+) bytes, stderr \"((?:[^\"\\\\]|\\\\.)*)\"");

  /** Parses the file's text; a malformed line throws with its line number. */
  public static GoDistribution parse(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    List<String> header = new ArrayList<>();
    List<Entry> entries = new ArrayList<>();
    int pos = 0;
    int line = 1;
    while (pos < bytes.length) {
      int nl = indexOf(bytes, (byte) '\n', pos);
      int end = nl < 0 ? bytes.length : nl;
      String l = new String(bytes, pos, end - pos, StandardCharsets.UTF_8);
      pos = nl < 0 ? bytes.length : nl + 1;
      if (l.startsWith("#")) {
        header.add(l);
        line++;
        continue;
      }
      Matcher m = ENTRY.matcher(l);
      if (!m.matches()) {
        throw new IllegalArgumentException("line " + line + ": expected '=== N runs, exit C, B bytes, stderr \"...\"', found: " + l);
      }
      int n = Integer.parseInt(m.group(3));
      if (pos + n > bytes.length) {
        throw new IllegalArgumentException("line " + line + ": " + n + " bytes of stdout announced, fewer follow");
      }
      String stdout = new String(bytes, pos, n, StandardCharsets.UTF_8);
      pos += n;
      line += 1 + (int) stdout.chars().filter(c -> c == '\n').count();
      entries.add(new Entry(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), stdout,
          m.group(4).replace("\\\"", "\"").replace("\\\\", "\\")));
    }
    return new GoDistribution(Collections.unmodifiableList(header), Collections.unmodifiableList(entries));
  }

  public int runs() {
    int n = 0;
    for (Entry e : entries) {
      n += e.count();
    }
    return n;
  }

  /** How many of Go's runs gave this outcome (0 if none did). */
  public int count(String stdout, int exit, String stderrFirstLine) {
    for (Entry e : entries) {
      if (e.stdout().equals(stdout) && e.exit() == exit && e.stderrFirstLine().equals(stderrFirstLine)) {
        return e.count();
      }
    }
    return 0;
  }

  /** Go's outcomes that none of the simulated ones is: how many, and in how many of Go's runs. */
  public record Missing(int outcomes, int runs) {}

  /** Which of Go's outcomes {@code simulated} does not contain. */
  public Missing missing(List<SeedOutcomes.Outcome> simulated) {
    int outcomes = 0;
    int runs = 0;
    for (Entry e : entries) {
      if (simulated.stream().noneMatch(o -> o.sameAs(e.stdout(), e.exit(), e.stderrFirstLine()))) {
        outcomes++;
        runs += e.count();
      }
    }
    return new Missing(outcomes, runs);
  }

  /**
   * Total variation distance between Go's distribution and the simulated one: half the sum over
   * all outcomes of the difference in their shares; 0 = the same, 1 = no outcome in common.
   */
  public double totalVariation(List<SeedOutcomes.Outcome> simulated) {
    int simRuns = 0;
    for (SeedOutcomes.Outcome o : simulated) {
      simRuns += o.count();
    }
    double goRuns = runs();
    double sum = 0;
    for (Entry e : entries) {
      int sim = 0;
      for (SeedOutcomes.Outcome o : simulated) {
        if (o.sameAs(e.stdout(), e.exit(), e.stderrFirstLine())) {
          sim = o.count();
        }
      }
      sum += Math.abs(e.count() / goRuns - (double) sim / simRuns);
    }
    for (SeedOutcomes.Outcome o : simulated) {
      if (count(o.stdout(), o.exit(), o.stderrFirstLine()) == 0) {
        sum += (double) o.count() / simRuns;
      }
    }
    return sum / 2;
  }

  private static int indexOf(byte[] b, byte x, int from) {
    for (int i = from; i < b.length; i++) {
      if (b[i] == x) {
        return i;
      }
    }
    return -1;
  }
}
