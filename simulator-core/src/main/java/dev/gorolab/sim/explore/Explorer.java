package dev.gorolab.sim.explore;

import dev.gorolab.model.Event;
import dev.gorolab.model.GoRuntime;
import dev.gorolab.model.RuntimeConfig;
import dev.gorolab.sim.interp.Interpreter;
import dev.gorolab.sim.program.Program;
import dev.gorolab.sim.trace.RunOutcome;
import dev.gorolab.sim.trace.RunSettings;
import dev.gorolab.sim.trace.Simulation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every outcome of a program: a bounded depth-first search over its choice points.
 *
 * <p>Stateless, as CHESS and Loom search: each schedule is a fresh run from the start under a
 * {@link ScheduleChooser} that follows a list of choices and takes option 0 after it; the next
 * schedule flips the deepest choice that has an option left. Two reductions keep the tree small:
 *
 * <ul>
 *   <li><b>Chunks (partial-order reduction).</b> The model offers other goroutines only after a
 *       step that touched shared memory or the runtime; a goroutine's local steps run on without a
 *       choice (see {@code GoRuntime}). Local steps commute with every other goroutine's steps, so
 *       no outcome is lost.
 *   <li><b>State hashing.</b> After each step that made a choice, the whole state (runtime,
 *       goroutines' frames, package variables and the output so far) is hashed; a schedule that
 *       reaches a state this search already reached stops there, because depth-first search has
 *       explored (or is exploring) every continuation of that state already.
 * </ul>
 *
 * <p>For parallel search the tree is cut into subtrees at its first choice points
 * ({@link #frontier}); each is searched on its own, with its own set of states, so the result
 * does not depend on how many threads share the work. One instance per search; each method is
 * single-threaded, and different subtrees may be searched on different threads at once.
 */
public final class Explorer {
  /**
   * @param gomaxprocs number of Ps
   * @param mode which choices are explored
   * @param maxRuns the most schedules run in all
   * @param maxDepth choice points deeper than this take option 0 and are not branched
   * @param maxSteps events per run before it stops at the step limit
   */
  public record Options(int gomaxprocs, ExploreMode mode, int maxRuns, int maxDepth, long maxSteps, String raceFile) {
    public Options(int gomaxprocs, ExploreMode mode, int maxRuns, int maxDepth, long maxSteps) {
      this(gomaxprocs, mode, maxRuns, maxDepth, maxSteps, null);
    }

    /** Whether every run is watched by a race detector ({@code raceFile} names the source in reports). */
    public boolean race() {
      return raceFile != null;
    }
  }

  /** What a schedule ends in, as the user sees it: stdout, exit code, Go's first stderr line. */
  public record Outcome(String stdout, int exitCode, String firstStderrLine, Event.EndReason reason, String race) {
    public Outcome(String stdout, int exitCode, String firstStderrLine, Event.EndReason reason) {
      this(stdout, exitCode, firstStderrLine, reason, "");
    }

    static Outcome of(RunOutcome o) {
      String first = o.stderr().isEmpty() ? "" : o.stderr().lines().findFirst().orElse("");
      return new Outcome(o.stdout(), o.exitCode(), first, o.reason(), "");
    }
  }

  /** One schedule run: the choices it made, how it ended, or that it was cut short at a known state. */
  public record Run(int[] choices, int[] bounds, Outcome outcome, boolean pruned, int newStates) {}

  /** The outcomes a search found, in the order it first reached them, with counts. */
  public static final class Result {
    private final LinkedHashMap<Outcome, Found> outcomes = new LinkedHashMap<>();
    private long runs;
    private long pruned;
    private long states;
    private boolean complete = true;
    private boolean boundReached;
    private int maxDeviations = Integer.MAX_VALUE;

    /** Each distinct outcome with the number of schedules that ended in it and the first one's choices. */
    public Map<Outcome, Found> outcomes() {
      return java.util.Collections.unmodifiableMap(outcomes);
    }

    /** Schedules run, including those cut short. */
    public long runs() {
      return runs;
    }

    /** Schedules cut short because they reached a state explored already. */
    public long pruned() {
      return pruned;
    }

    /** Distinct states hashed. */
    public long states() {
      return states;
    }

    /** Whether every schedule within the deviation bound was covered (no run budget ran out). */
    public boolean complete() {
      return complete;
    }

    /** Whether some schedule was left out because it departs from the default more than the bound. */
    public boolean boundReached() {
      return boundReached;
    }

    /** The bound on departures from the default schedule this result searched with. */
    public int maxDeviations() {
      return maxDeviations;
    }

    /** Sets the bound this result was searched with (for reports). */
    public void maxDeviations(int bound) {
      maxDeviations = bound;
    }

    void add(Run r) {
      runs++;
      states += r.newStates();
      if (r.pruned()) {
        pruned++;
        return;
      }
      Found f = outcomes.get(r.outcome());
      if (f == null) {
        outcomes.put(r.outcome(), new Found(1, r.choices()));
      } else {
        outcomes.put(r.outcome(), new Found(f.schedules() + 1, f.choices()));
      }
    }

    /** Adds {@code other}'s findings after this one's (subtrees merged in tree order). */
    public void merge(Result other) {
      runs += other.runs;
      pruned += other.pruned;
      states += other.states;
      complete &= other.complete;
      boundReached |= other.boundReached;
      for (Map.Entry<Outcome, Found> e : other.outcomes.entrySet()) {
        Found mine = outcomes.get(e.getKey());
        outcomes.put(e.getKey(), mine == null ? e.getValue()
            : new Found(mine.schedules() + e.getValue().schedules(), mine.choices()));
      }
    }
  }

  /** How many schedules reached an outcome, and the choices of the first that did. */
  public record Found(long schedules, int[] choices) {}

  private final Program program;
  private final Options options;
  private final RuntimeConfig config;
  private final Interpreter.Prepared prepared;

  public Explorer(Program program, Options options) {
    this.program = program;
    this.options = options;
    this.config = Simulation.configFor(new RunSettings(options.gomaxprocs(), 0, options.maxSteps()));
    this.prepared = Interpreter.prepare(program, config.maxStepNanos(), options.mode().splitsUpdates(options.gomaxprocs()));
  }

  public Options options() {
    return options;
  }

  /**
   * Runs the schedule that starts with {@code prefix}. With {@code visited}, the states met after
   * the first {@code checkFrom} choices are hashed and the run stops at one already in it.
   */
  Run run(int[] prefix, LongSet visited, int checkFrom) {
    Interpreter interpreter = prepared.newInterpreter();
    ScheduleChooser chooser = new ScheduleChooser(options.mode(), prefix);
    StringBuilder stdout = new StringBuilder();
    long[] events = {0};
    dev.gorolab.sim.race.RaceDetector detector = null;
    if (options.race()) {
      detector = new dev.gorolab.sim.race.RaceDetector(options.raceFile());
      interpreter.watch(detector);
      // the detector's clocks are not part of the state hash: pruning could hide a race
      visited = null;
    }
    dev.gorolab.sim.race.RaceDetector races = detector;
    GoRuntime runtime = new GoRuntime(config, chooser, e -> {
      if (races != null) {
        races.accept(e);
      }
      events[0]++;
      if (e instanceof Event.Output o) {
        stdout.append(o.text());
      }
    });
    runtime.start(interpreter.newMainBody());
    int newStates = 0;
    boolean pruned = false;
    long advances = 0;
    long maxWork = Simulation.workLimit(options.maxSteps());
    while (!runtime.ended()) {
      if (events[0] >= options.maxSteps()) {
        runtime.stop(Event.EndReason.STEP_LIMIT, Simulation.stepLimitNote(options.maxSteps()));
        break;
      }
      if (advances++ >= maxWork) { // a loop without events must end here too, as in Simulation.run
        runtime.stop(Event.EndReason.WORK_LIMIT, Simulation.workLimitNote(maxWork, options.maxSteps()));
        break;
      }
      int before = chooser.count();
      runtime.advance();
      if (visited != null && chooser.count() > before && chooser.count() >= checkFrom && !runtime.ended()) {
        long fp = runtime.fingerprint(interpreter::fingerprint, options.mode() == ExploreMode.ANY);
        if (fp != Long.MIN_VALUE) {
          fp = fp * 31 + stdout.toString().hashCode(); // the output so far is part of the outcome
          if (!visited.add(fp, deviations(chooser.choices(), chooser.count()))) {
            pruned = true;
            break;
          }
          newStates++;
        }
      }
    }
    int n = chooser.count();
    int[] bounds = new int[n];
    for (int i = 0; i < n; i++) {
      bounds[i] = chooser.bound(i);
    }
    Outcome outcome = pruned ? null : Outcome.of(new RunOutcome(
        runtime.exitCode(), runtime.endReason(), stdout.toString(), runtime.stderr(), runtime.now()));
    if (outcome != null && races != null && !races.races().isEmpty()) {
      dev.gorolab.sim.race.RaceDetector.Race first = races.races().get(0);
      outcome = new Outcome(outcome.stdout(), outcome.exitCode() == 0 ? 66 : outcome.exitCode(),
          outcome.firstStderrLine(), outcome.reason(),
          races.races().size() + " data race(s), the first on lines " + first.previousLine() + " and " + first.line());
    }
    return new Run(chooser.choices(), bounds, outcome, pruned, newStates);
  }

  /**
   * Cuts the tree into at least {@code want} subtrees (fewer when it is smaller), each named by
   * the fixed choices that lead to it, in depth-first order. Deterministic: the cut depends only
   * on the program and the options.
   */
  public List<int[]> frontier(int want) {
    ArrayDeque<int[]> open = new ArrayDeque<>();
    List<int[]> leaves = new ArrayList<>();
    open.add(new int[0]);
    // breadth-first: expand the shallowest prefix until there are enough
    while (!open.isEmpty() && open.size() + leaves.size() < want) {
      int[] p = open.poll();
      Run r = run(p, null, 0);
      if (p.length >= r.choices().length || p.length >= options.maxDepth()) {
        leaves.add(p);
        continue;
      }
      for (int c = 0; c < r.bounds()[p.length]; c++) {
        int[] child = Arrays.copyOf(p, p.length + 1);
        child[p.length] = c;
        open.add(child);
      }
    }
    List<int[]> all = new ArrayList<>(leaves);
    all.addAll(open);
    all.sort(Explorer::compareChoices);
    return all;
  }

  /** How many of the first {@code n} choices depart from the default (option 0). */
  static int deviations(int[] choices, int n) {
    int d = 0;
    for (int i = 0; i < n; i++) {
      if (choices[i] != 0) {
        d++;
      }
    }
    return d;
  }

  private static int compareChoices(int[] a, int[] b) {
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      if (a[i] != b[i]) {
        return Integer.compare(a[i], b[i]);
      }
    }
    return Integer.compare(a.length, b.length);
  }

  /**
   * Searches depth-first every schedule that starts with {@code fixed} and departs from the
   * default at most {@code maxDeviations} times, running at most {@code budget} schedules, with a
   * set of states of its own.
   */
  public Result explore(int[] fixed, long budget, int maxDeviations) {
    Result result = new Result();
    if (deviations(fixed, fixed.length) > maxDeviations) {
      result.boundReached = true;
      return result;
    }
    LongSet visited = new LongSet();
    int[] prefix = fixed;
    int checkFrom = fixed.length;
    while (true) {
      if (result.runs >= budget) {
        result.complete = false;
        break;
      }
      Run r = run(prefix, visited, checkFrom);
      result.add(r);
      int[] c = r.choices();
      int i = Math.min(c.length, options.maxDepth()) - 1;
      while (i >= fixed.length) {
        if (c[i] + 1 < r.bounds()[i]) {
          if (deviations(c, i) + 1 <= maxDeviations) {
            break;
          }
          result.boundReached = true;
        }
        i--;
      }
      if (i < fixed.length) {
        break;
      }
      prefix = Arrays.copyOf(c, i + 1);
      prefix[i]++;
      checkFrom = i + 1;
    }
    return result;
  }

  /**
   * One round: every subtree with at most {@code k} departures, {@code budget} schedules in all.
   * Each subtree first gets an even share; subtrees that used up their share are searched again
   * from the start with the share the finished ones left, until none is left. The shares depend
   * only on the results, never on timing.
   */
  private Result searchRound(List<int[]> cut, long budget, int k, Batch batch) {
    int n = cut.size();
    long[] shares = new long[n];
    Result[] results = new Result[n];
    for (int i = 0; i < n; i++) {
      shares[i] = Math.max(1, budget / n + (i < budget % n ? 1 : 0));
    }
    List<Integer> pending = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      pending.add(i);
    }
    while (!pending.isEmpty()) {
      List<java.util.function.Supplier<Result>> searches = new ArrayList<>();
      for (int i : pending) {
        int[] fixed = cut.get(i);
        long share = shares[i];
        searches.add(() -> explore(fixed, share, k));
      }
      List<Result> got = batch.runAll(searches);
      for (int j = 0; j < pending.size(); j++) {
        results[pending.get(j)] = got.get(j);
      }
      long used = 0;
      List<Integer> short_ = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        used += results[i].runs;
        if (!results[i].complete) {
          short_.add(i);
        }
      }
      long left = budget - used;
      if (short_.isEmpty() || left < short_.size()) {
        break;
      }
      for (int j = 0; j < short_.size(); j++) {
        shares[short_.get(j)] += left / short_.size() + (j < left % short_.size() ? 1 : 0);
      }
      pending = short_;
    }
    Result round = new Result();
    for (Result r : results) {
      round.merge(r);
    }
    return round;
  }

  /** Runs a batch of independent searches and returns their results in order (in parallel or not). */
  @FunctionalInterface
  public interface Batch {
    List<Result> runAll(List<java.util.function.Supplier<Result>> searches);
  }

  /** Runs the searches one after another on this thread. */
  public static final Batch ON_THIS_THREAD = searches -> {
    List<Result> out = new ArrayList<>();
    for (java.util.function.Supplier<Result> s : searches) {
      out.add(s.get());
    }
    return out;
  };

  /**
   * The whole search, as the command line and the app run it: first the default schedule, then
   * every schedule that departs from it once, then twice, and so on (iterative context bounding,
   * as CHESS does: most concurrency bugs need few departures, so they are found early), until a
   * bound leaves nothing out or {@link Options#maxRuns()} schedules have run. Each round cuts the
   * tree into subtrees ({@link #frontier}) that {@code batch} may search in parallel; the budget of
   * a round is shared out evenly in tree order, so the result does not depend on timing or on the
   * number of threads.
   *
   * @return the last round that finished, with any outcome that only a round cut short by the
   *     budget found merged in; {@link Result#complete()} tells whether every schedule was covered
   */
  public Result search(int subtrees, Batch batch) {
    List<int[]> cut = frontier(subtrees);
    long left = options.maxRuns();
    Result last = null;
    for (int bound = 0; ; bound++) {
      int k = bound;
      long roundBudget = left;
      Result round = searchRound(cut, roundBudget, k, batch);
      round.maxDeviations(k);
      left -= round.runs;
      if (!round.complete) {
        if (last == null) {
          return round;
        }
        // outcomes only the cut-short round reached are kept; the counts are the last full round's
        for (Map.Entry<Outcome, Found> e : round.outcomes.entrySet()) {
          last.outcomes.putIfAbsent(e.getKey(), e.getValue());
        }
        last.runs += round.runs;
        last.pruned += round.pruned;
        last.states += round.states;
        last.complete = false;
        return last;
      }
      if (last != null) {
        round.runs += last.runs;
        round.pruned += last.pruned;
        round.states += last.states;
      }
      last = round;
      if (!round.boundReached || left <= 0) {
        last.complete = !round.boundReached;
        return last;
      }
    }
  }
}
