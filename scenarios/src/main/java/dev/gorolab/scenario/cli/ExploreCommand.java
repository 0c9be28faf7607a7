package dev.gorolab.scenario.cli;

import dev.gorolab.model.Event;
import dev.gorolab.scenario.Scenario;
import dev.gorolab.sim.explore.ExploreMode;
import dev.gorolab.sim.explore.Explorer;
import dev.gorolab.sim.explore.Schedules;
import dev.gorolab.sim.trace.RunSettings;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code gorolab explore FILE}: every outcome of a program over its schedules ({@link Explorer}),
 * each with how many schedules reach it and a command that replays one. The search runs on every
 * core: the tree is cut into subtrees, each searched single-threaded and deterministically, so
 * the result is the same on any number of cores.
 */
final class ExploreCommand {
  static final String USAGE_LINE =
      "  gorolab explore FILE|ID [--gomaxprocs N] [--mode go|any] [--max-runs K] [--max-depth D] [--max-steps N] [--race] [--stats]";
  static final int DEFAULT_MAX_RUNS = 100_000;
  static final int DEFAULT_MAX_DEPTH = 1_000;
  static final long DEFAULT_MAX_STEPS = 100_000;
  /** Subtrees per thread: enough that one slow subtree does not leave a core idle for long. */
  private static final int SUBTREES_PER_THREAD = 8;

  private ExploreCommand() {}

  static int run(GoroLabCli cli, String[] args, PrintStream out, PrintStream err) {
    String target = null;
    Integer gomaxprocs = null;
    ExploreMode mode = ExploreMode.GO;
    long maxRuns = DEFAULT_MAX_RUNS;
    long maxDepth = DEFAULT_MAX_DEPTH;
    long maxSteps = DEFAULT_MAX_STEPS;
    boolean stats = false;
    boolean race = false;
    List<String> list = List.of(args);
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--gomaxprocs" -> gomaxprocs = (int) GoroLabCli.RunOptions.number(a, GoroLabCli.RunOptions.value(list, ++i, a), 1, 256);
        case "--mode" -> mode = mode(GoroLabCli.RunOptions.value(list, ++i, a));
        case "--max-runs" -> maxRuns = GoroLabCli.RunOptions.number(a, GoroLabCli.RunOptions.value(list, ++i, a), 1, Integer.MAX_VALUE);
        case "--max-depth" -> maxDepth = GoroLabCli.RunOptions.number(a, GoroLabCli.RunOptions.value(list, ++i, a), 0, Integer.MAX_VALUE);
        case "--max-steps" -> maxSteps = GoroLabCli.RunOptions.number(a, GoroLabCli.RunOptions.value(list, ++i, a), 1, Long.MAX_VALUE);
        case "--stats" -> stats = true;
        case "--race" -> race = true;
        default -> {
          if (a.startsWith("-")) {
            throw new GoroLabCli.UsageException("unknown option " + a);
          }
          if (target != null) {
            throw new GoroLabCli.UsageException("explore takes one scenario, got \"" + target + "\" and \"" + a + "\"");
          }
          target = a;
        }
      }
    }
    if (target == null) {
      throw new GoroLabCli.UsageException("explore needs a scenario file or bundled id (see: gorolab list)");
    }
    Scenario scenario = cli.loadOrReport(target);
    if (scenario == null) {
      return 1;
    }
    int procs = gomaxprocs != null ? gomaxprocs : scenario.gomaxprocs();
    Explorer explorer = new Explorer(scenario.program(),
        new Explorer.Options(procs, mode, (int) maxRuns, (int) maxDepth, maxSteps,
            race ? GoroLabCli.sourceName(scenario) : null));
    long start = System.nanoTime();
    int threads = Runtime.getRuntime().availableProcessors();
    Explorer.Result result = exploreInParallel(explorer, threads);
    double seconds = (System.nanoTime() - start) / 1e9;

    out.println("explore " + target + ": GOMAXPROCS=" + procs + ", mode " + mode.word + ": "
        + result.outcomes().size() + (result.outcomes().size() == 1 ? " outcome" : " outcomes") + " in "
        + result.runs() + " schedules (" + result.pruned() + " cut short at a state explored already), "
        + result.states() + " states, " + (result.complete()
            ? "complete"
            : "stopped at --max-runs " + maxRuns + " (every schedule with at most " + result.maxDeviations()
                + " departures from the default was covered)"));
    int n = 0;
    for (Map.Entry<Explorer.Outcome, Explorer.Found> e : result.outcomes().entrySet()) {
      Explorer.Outcome o = e.getKey();
      Explorer.Found f = e.getValue();
      out.println();
      out.println("outcome " + (++n) + ": " + f.schedules() + (f.schedules() == 1 ? " schedule" : " schedules")
          + ", exit " + exitText(o));
      if (!o.race().isEmpty()) {
        out.println("  race: " + o.race());
      }
      if (!o.firstStderrLine().isEmpty()) {
        out.println("  stderr: " + o.firstStderrLine());
      }
      out.println("  stdout:");
      for (String line : o.stdout().split("\n", -1)) {
        if (!line.isEmpty()) {
          out.println("    " + line);
        }
      }
      String choices = Schedules.format(Schedules.trim(f.choices()));
      out.println("  choices: " + (choices.isEmpty() ? "(none: the default schedule)" : choices));
      out.println("  replay: gorolab run " + target + " --gomaxprocs " + procs + " --mode " + mode.word
          + (choices.isEmpty() ? "" : " --schedule " + choices) + (race ? " --race" : ""));
    }
    if (stats) {
      err.printf("gorolab explore stats: threads=%d wall=%.3fs schedules=%d schedules/s=%.0f states=%d states/s=%.0f%n",
          threads, seconds, result.runs(), result.runs() / Math.max(seconds, 1e-9), result.states(),
          result.states() / Math.max(seconds, 1e-9));
    }
    return 0;
  }

  private static String exitText(Explorer.Outcome o) {
    if (o.reason() == Event.EndReason.STEP_LIMIT) {
      return "- (stopped at the step limit; raise it with --max-steps)";
    }
    return Integer.toString(o.exitCode());
  }

  private static ExploreMode mode(String word) {
    ExploreMode m = ExploreMode.of(word);
    if (m == null) {
      throw new GoroLabCli.UsageException("--mode expects go or any, got \"" + word + "\"");
    }
    return m;
  }

  /**
   * Searches on {@code threads} threads: each round's subtrees go to a pool; their results come
   * back in tree order, so the result is the one a single thread would give.
   */
  static Explorer.Result exploreInParallel(Explorer explorer, int threads) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
      Thread t = new Thread(r, "gorolab-explore");
      t.setDaemon(true);
      return t;
    });
    try {
      return explorer.search(Math.max(1, threads) * SUBTREES_PER_THREAD, searches -> {
        List<Future<Explorer.Result>> futures = new ArrayList<>();
        for (java.util.function.Supplier<Explorer.Result> s : searches) {
          futures.add(pool.submit(s::get));
        }
        List<Explorer.Result> results = new ArrayList<>();
        try {
          for (Future<Explorer.Result> f : futures) {
            results.add(f.get());
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("explore was interrupted", e);
        } catch (ExecutionException e) {
          throw new IllegalStateException("a search thread failed: " + e.getCause(), e.getCause());
        }
        return results;
      });
    } finally {
      pool.shutdownNow();
    }
  }
}
