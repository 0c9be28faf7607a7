package dev.gorolab.test;

import dev.gorolab.model.Event;
import dev.gorolab.scenario.BundledScenarios;
import dev.gorolab.scenario.Scenario;
import dev.gorolab.sim.program.Program;
import dev.gorolab.sim.trace.RecordingListener;
import dev.gorolab.sim.trace.RunSettings;
import dev.gorolab.sim.trace.Simulation;
import dev.gorolab.sim.trace.Trace;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Shared helpers of the end-to-end tests: load bundled scenarios, record them, hash traces. */
public final class Runs {
  private Runs() {}

  public static List<String> bundledIds() {
    return BundledScenarios.list().stream().map(BundledScenarios.Entry::id).toList();
  }

  /** Whether the index marks {@code id} large: the end-to-end tests record it once, at GOMAXPROCS=1. */
  public static boolean isLarge(String id) {
    BundledScenarios.Entry entry = BundledScenarios.find(id);
    return entry != null && entry.large();
  }

  public static Scenario bundled(String id) {
    BundledScenarios.Entry entry = BundledScenarios.find(id);
    if (entry == null) {
      throw new IllegalArgumentException("no bundled scenario " + id);
    }
    return entry.load();
  }

  public static Trace record(Scenario scenario, int gomaxprocs, long seed) {
    return record(scenario.program(), gomaxprocs, seed);
  }

  public static Trace record(Program program, int gomaxprocs, long seed) {
    return Simulation.record(
        program,
        new RunSettings(gomaxprocs, seed, RunSettings.DEFAULT_MAX_STEPS),
        RecordingListener.NONE);
  }

  public static Trace record(Scenario scenario) {
    return record(scenario, scenario.gomaxprocs(), scenario.seed());
  }

  /** The trace as text, one event per line: records print every component, values as Go's %v. */
  public static String text(Trace trace) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < trace.size(); i++) {
      out.append(trace.event(i)).append('\n');
    }
    return out.toString();
  }

  /** The SHA-256 of {@link #text}, hashed line by line so a million-event trace needs no 100 MB string. */
  public static String sha256(Trace trace) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (int i = 0; i < trace.size(); i++) {
        digest.update((trace.event(i) + "\n").getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public static boolean hasChoicePoints(Trace trace) {
    for (int i = 0; i < trace.size(); i++) {
      Event e = trace.event(i);
      if (e instanceof Event.SelectPolled s && s.pollOrder().size() > 1) {
        return true;
      }
      if (e instanceof Event.Stolen) {
        return true;
      }
    }
    return false;
  }
}
