package dev.gorolab.ui.backend;

import dev.gorolab.sim.trace.RecordingListener;
import dev.gorolab.sim.trace.RunSettings;
import dev.gorolab.sim.trace.Trace;
import java.nio.file.Path;
import java.util.List;

/**
 * The seam between the app and the scenario loader and simulator: the app only reads and records
 * through it, so tests can hand it recorded traces and the app never mutates a simulation.
 */
public interface ScenarioBackend {

  /** Reads and validates a scenario file. */
  LoadedScenario load(Path file) throws ScenarioLoadException;

  /** The bundled scenarios for the gallery, the default one first. */
  List<LoadedScenario> bundled();

  /** The bundled default scenario (the first of {@link #bundled()}), without loading the others. */
  default LoadedScenario defaultScenario() {
    return bundled().get(0);
  }

  /**
   * Records a whole run; may take long, so the app calls it off the FX thread.
   *
   * @throws dev.gorolab.sim.trace.RecordingCancelledException when {@code listener.cancelled()} turned true
   */
  Trace record(LoadedScenario scenario, RunSettings settings, RecordingListener listener);

  /** Records a run that follows {@code choices} in {@code mode} (see {@link ScheduledRuns}); off the FX thread. */
  default Trace recordSchedule(LoadedScenario scenario, RunSettings settings, dev.gorolab.sim.explore.ExploreMode mode,
      int[] choices, RecordingListener listener) {
    return ScheduledRuns.record((dev.gorolab.sim.program.Program) scenario.program(), settings, mode, choices, listener);
  }

  /**
   * Real Go's recorded outcomes of {@code scenario} at {@code gomaxprocs}, as {@code gorolab run
   * FILE --outcomes} finds them next to the program; null when there is none. Reads a file: off the FX thread.
   */
  default dev.gorolab.sim.outcome.GoDistribution realGo(LoadedScenario scenario, int gomaxprocs) {
    return null;
  }
}
