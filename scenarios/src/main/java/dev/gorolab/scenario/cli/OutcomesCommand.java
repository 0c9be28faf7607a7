package dev.gorolab.scenario.cli;

import dev.gorolab.scenario.Scenario;
import dev.gorolab.sim.outcome.GoDistribution;
import dev.gorolab.sim.outcome.SeedOutcomes;
import dev.gorolab.sim.trace.RunSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code gorolab run FILE --gomaxprocs N --seeds A..B --outcomes [--json]}: runs the program once
 * per seed and prints its distinct outcomes with their counts, most common first. When real Go's
 * distribution was recorded next to the file ({@code <name>.gomaxprocs<N>.quiet.outcomes}, else
 * {@code <name>.gomaxprocs<N>.outcomes}, from tools/record-parallel-outcomes.sh), Go's share of
 * each outcome is printed beside GoroLab's.
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
    GoDistribution go = goDistribution(target, n);
    if (json) {
      printJson(out, outcomes, go);
    } else {
      printTable(out, outcomes, go, n, first, last);
    }
    return 0;
  }

  /** Real Go's recorded distribution next to {@code target}, or null. */
  static GoDistribution goDistribution(String target, int gomaxprocs) {
    Path p = Path.of(target);
    String name = p.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String base = (dot < 0 ? name : name.substring(0, dot)) + ".gomaxprocs" + gomaxprocs;
    // a recording on a quiet machine, when there is one, over one made under load
    Path file = p.resolveSibling(base + ".quiet.outcomes");
    if (!Files.isRegularFile(file)) {
      file = p.resolveSibling(base + ".outcomes");
    }
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      return GoDistribution.parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException | IllegalArgumentException e) {
      return null;
    }
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
      int missing = 0;
      int missingRuns = 0;
      for (GoDistribution.Entry e : go.entries()) {
        boolean seen = outcomes.stream().anyMatch(o -> o.sameAs(e.stdout(), e.exit(), e.stderrFirstLine()));
        if (!seen) {
          missing++;
          missingRuns += e.count();
        }
      }
      out.printf(Locale.ROOT, "%nreal Go's outcomes not produced: %d (%.1f%% of Go's runs); total variation distance %.3f%n",
          missing, 100.0 * missingRuns / go.runs(), go.totalVariation(outcomes));
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
