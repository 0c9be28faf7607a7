package dev.gorolab.scenario.cli;

import dev.gorolab.scenario.Scenario;
import dev.gorolab.sim.explore.Divergence;
import dev.gorolab.sim.program.GoDuration;
import dev.gorolab.sim.trace.RecordingListener;
import dev.gorolab.sim.trace.RunOutcome;
import dev.gorolab.sim.trace.RunSettings;
import dev.gorolab.sim.trace.Simulation;
import dev.gorolab.sim.trace.Trace;
import java.io.PrintStream;
import java.util.Locale;

/**
 * {@code gorolab diff FILE --a gomaxprocs=1 --b gomaxprocs=4}: records the program under two
 * settings and prints where the goroutines' stories first part ({@link Divergence}), both
 * events narrated, then both outputs.
 */
final class DiffCommand {
  static final String USAGE_LINE =
      "  gorolab diff FILE|ID --a SETTINGS --b SETTINGS [--max-steps N] [--lang en|zh]   where two runs part;"
          + " SETTINGS is gomaxprocs=N,seed=S (either or both)";

  private DiffCommand() {}

  /** The settings of one side: what {@code --a}/{@code --b} names, the scenario's for the rest. */
  record Side(Integer gomaxprocs, Long seed) {
    static Side parse(String option, String text) {
      Integer gomaxprocs = null;
      Long seed = null;
      for (String part : text.split(",")) {
        int eq = part.indexOf('=');
        if (eq < 0) {
          throw new GoroLabCli.UsageException(option + " expects gomaxprocs=N or seed=S, got \"" + part + "\"");
        }
        String key = part.substring(0, eq).trim();
        String value = part.substring(eq + 1).trim();
        switch (key) {
          case "gomaxprocs" -> gomaxprocs = (int) GoroLabCli.RunOptions.number(option + " gomaxprocs", value, 1, 256);
          case "seed" -> seed = GoroLabCli.RunOptions.number(option + " seed", value, Long.MIN_VALUE, Long.MAX_VALUE);
          default -> throw new GoroLabCli.UsageException(
              option + " knows gomaxprocs and seed, not \"" + key + "\"");
        }
      }
      return new Side(gomaxprocs, seed);
    }

    RunSettings settings(Scenario scenario, long maxSteps) {
      return new RunSettings(
          gomaxprocs != null ? gomaxprocs : scenario.gomaxprocs(), seed != null ? seed : scenario.seed(), maxSteps);
    }
  }

  static int run(GoroLabCli cli, String[] args, PrintStream out, PrintStream err) {
    String target = null;
    Side a = null;
    Side b = null;
    long maxSteps = RunSettings.DEFAULT_MAX_STEPS;
    Locale locale = Locale.ENGLISH;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--a" -> a = Side.parse(arg, GoroLabCli.RunOptions.value(java.util.List.of(args), ++i, arg));
        case "--b" -> b = Side.parse(arg, GoroLabCli.RunOptions.value(java.util.List.of(args), ++i, arg));
        case "--max-steps" -> maxSteps =
            GoroLabCli.RunOptions.number(arg, GoroLabCli.RunOptions.value(java.util.List.of(args), ++i, arg), 1, Long.MAX_VALUE);
        case "--lang" -> locale = GoroLabCli.locale(GoroLabCli.RunOptions.value(java.util.List.of(args), ++i, arg));
        default -> {
          if (arg.startsWith("-")) {
            throw new GoroLabCli.UsageException("unknown option " + arg);
          }
          if (target != null) {
            throw new GoroLabCli.UsageException("diff takes one scenario, got \"" + target + "\" and \"" + arg + "\"");
          }
          target = arg;
        }
      }
    }
    if (target == null) {
      throw new GoroLabCli.UsageException("diff needs a scenario file or bundled id (see: gorolab list)");
    }
    if (a == null || b == null) {
      throw new GoroLabCli.UsageException("diff needs both --a and --b, e.g. --a gomaxprocs=1 --b gomaxprocs=4");
    }
    Scenario scenario = cli.loadOrReport(target);
    if (scenario == null) {
      return 1;
    }
    RunSettings sa = a.settings(scenario, maxSteps);
    RunSettings sb = b.settings(scenario, maxSteps);
    Trace ta = Simulation.record(scenario.program(), sa, RecordingListener.NONE);
    Trace tb = Simulation.record(scenario.program(), sb, RecordingListener.NONE);
    out.println("a: " + describe(sa, ta));
    out.println("b: " + describe(sb, tb));
    Divergence d = Divergence.find(ta, tb);
    if (d == null) {
      out.println("The runs do not part: the same goroutines do the same things in the same order.");
    } else {
      out.println("The runs part after " + d.storyIndex() + " shared goroutine events:");
      out.println("  a: " + at(ta, d.stepA(), locale));
      out.println("  b: " + at(tb, d.stepB(), locale));
    }
    printOutcome(out, "a", ta.outcome());
    printOutcome(out, "b", tb.outcome());
    return 0;
  }

  private static String describe(RunSettings s, Trace t) {
    return "GOMAXPROCS=" + s.gomaxprocs() + " seed=" + s.seed() + ", " + t.size() + " steps, "
        + GoDuration.format(t.outcome().virtualNanos()) + " virtual, exit " + t.outcome().exitCode();
  }

  private static String at(Trace t, int step, Locale locale) {
    if (step >= t.size()) {
      return "(the run had ended)";
    }
    return "step " + (step + 1) + " at " + GoDuration.format(t.time(step)) + ": " + t.narration(step, locale);
  }

  private static void printOutcome(PrintStream out, String side, RunOutcome o) {
    out.println("--- " + side + ": stdout");
    out.print(o.stdout().isEmpty() || o.stdout().endsWith("\n") ? o.stdout() : o.stdout() + "\n");
    if (!o.stderr().isEmpty()) {
      out.println("--- " + side + ": stderr");
      out.print(o.stderr().endsWith("\n") ? o.stderr() : o.stderr() + "\n");
    }
  }
}
