package dev.gorolab.scenario.cli;

import dev.gorolab.scenario.GoRecordings;
import dev.gorolab.scenario.Scenario;
import dev.gorolab.sim.outcome.GoDistribution;
import dev.gorolab.sim.outcome.SeedOutcomes;
import dev.gorolab.sim.trace.RunSettings;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * {@code gorolab run FILE --gomaxprocs N --seeds A..B --outcomes [--json]}: runs the program once
 * per seed and prints its distinct outcomes with their counts, most common first. When real Go's
 * distribution was recorded next to the file ({@code <name>.gomaxprocs<N>.quiet.outcomes}, else
 * {@code <name>.gomaxprocs<N>.outcomes}, from tools/record-parallel-outcomes.sh; {@link GoRecordings}),
 * Go's share of each outcome is printed beside GoroLab's. The app's Outcomes window shows the same
 * computation ({@link SeedOutcomes}).
 */
final class OutcomesCommand {
  private OutcomesCommand() {}

  /** Whether {@code args} ask for outcomes rather than one run. */
  static boolean wanted(String[] args) {
    return List.of(args).contains("--outcomes");
  }

  static int run(GoroLabCli cli, String[] args, PrintStream out, PrintStream err) {
    String target = null;
    Integer gomaxprocs = null;
    long first = 1;
    long last = 100;
    long maxSteps = RunSettings.DEFAULT_MAX_STEPS;
    boolean json = false;
    List<String> rest = List.of(args);
    for (int i = 0; i < rest.size(); i++) {
      String a = rest.get(i);
      switch (a) {
        case "--outcomes" -> { }
        case "--json" -> json = true;
        case "--gomaxprocs" -> gomaxprocs = (int) GoroLabCli.RunOptions.number(a, GoroLabCli.RunOptions.value(rest, ++i, a), 1, 256);
        case "--max-steps" -> maxSteps = GoroLabCli.RunOptions.number(a, GoroLabCli.RunOptions.value(rest, ++i, a), 1, Long.MAX_VALUE);
        case "--seeds" -> {
          String v = GoroLabCli.RunOptions.value(rest, ++i, a);
          int dots = v.indexOf("..");
          if (dots < 0) {
            throw new GoroLabCli.UsageException("--seeds expects A..B, got \"" + v + "\"");
          }
          first = GoroLabCli.RunOptions.number(a, v.substring(0, dots), 0, Long.MAX_VALUE);
          last = GoroLabCli.RunOptions.number(a, v.substring(dots + 2), first, Math.min(Long.MAX_VALUE, first + 99_999));
        }
        default -> {
          if (a.startsWith("-")) {
            throw new GoroLabCli.UsageException("run --outcomes does not take " + a);
          }
          if (target != null) {
            throw new GoroLabCli.UsageException("run takes one file, got \"" + target + "\" and \"" + a + "\"");
          }
          target = a;
        }
      }
    }
    if (target == null) {
      throw new GoroLabCli.UsageException("run --outcomes needs a FILE");
    }
    Scenario scenario = cli.loadOrReport(target);
    if (scenario == null) {
      return 1;
    }
    int n = gomaxprocs != null ? gomaxprocs : scenario.gomaxprocs();
    List<SeedOutcomes.Outcome> outcomes = SeedOutcomes.over(scenario.program(), n, first, last, maxSteps);
    GoDistribution go = GoRecordings.of(scenario, n);
    if (json) {
      printJson(out, outcomes, go);
    } else {
      printTable(out, outcomes, go, n, first, last);
    }
    return 0;
  }

  private static void printTable(PrintStream out, List<SeedOutcomes.Outcome> outcomes, GoDistribution go, int n,
      long first, long last) {
    long seeds = last - first + 1;
    out.printf(Locale.ROOT, "%d distinct outcomes over seeds %d..%d, GOMAXPROCS=%d%s%n", outcomes.size(), first, last, n,
        go == null ? "" : "; real Go: " + go.entries().size() + " outcomes in " + go.runs() + " runs");
    int k = 1;
    for (SeedOutcomes.Outcome o : outcomes) {
      String goShare = go == null ? ""
          : String.format(Locale.ROOT, ", Go %5.1f%%", 100.0 * go.count(o.stdout(), o.exit(), o.stderrFirstLine()) / go.runs());
      out.printf(Locale.ROOT, "%n#%d: %d of %d seeds (%.1f%%%s), exit %d, first seed %d%n", k++, o.count(), seeds,
          100.0 * o.count() / seeds, goShare, o.exit(), o.seeds().get(0));
      out.print(indent(o.stdout()));
      if (!o.stderrFirstLine().isEmpty()) {
        out.println("  stderr: " + o.stderrFirstLine());
      }
    }
    if (go != null) {
      GoDistribution.Missing missing = go.missing(outcomes);
      out.printf(Locale.ROOT, "%nreal Go's outcomes not produced: %d (%.1f%% of Go's runs); total variation distance %.3f%n",
          missing.outcomes(), 100.0 * missing.runs() / go.runs(), go.totalVariation(outcomes));
    }
  }

  private static String indent(String stdout) {
    StringBuilder sb = new StringBuilder();
    for (String line : stdout.split("\n", -1)) {
      if (!line.isEmpty()) {
        sb.append("  ").append(line).append('\n');
      }
    }
    return sb.toString();
  }

  private static void printJson(PrintStream out, List<SeedOutcomes.Outcome> outcomes, GoDistribution go) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < outcomes.size(); i++) {
      SeedOutcomes.Outcome o = outcomes.get(i);
      sb.append(i == 0 ? "\n" : ",\n").append("  {\"count\": ").append(o.count())
          .append(", \"exit\": ").append(o.exit())
          .append(", \"stdout\": ").append(quote(o.stdout()))
          .append(", \"stderrFirstLine\": ").append(quote(o.stderrFirstLine()));
      if (go != null) {
        sb.append(", \"goCount\": ").append(go.count(o.stdout(), o.exit(), o.stderrFirstLine()));
      }
      sb.append(", \"seeds\": ").append(o.seeds()).append('}');
    }
    out.println(sb.append(outcomes.isEmpty() ? "]" : "\n]"));
  }

  private static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        case '\r' -> sb.append("\\r");
        default -> {
          if (c < 0x20) {
            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
