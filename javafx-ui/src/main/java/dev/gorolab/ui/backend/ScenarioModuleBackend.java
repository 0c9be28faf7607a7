package dev.gorolab.ui.backend;

import dev.gorolab.scenario.BundledScenarios;
import dev.gorolab.scenario.Scenario;
import dev.gorolab.scenario.ScenarioError;
import dev.gorolab.scenario.ScenarioException;
import dev.gorolab.scenario.ScenarioLoader;
import dev.gorolab.sim.program.Program;
import dev.gorolab.sim.trace.RecordingListener;
import dev.gorolab.sim.trace.RunSettings;
import dev.gorolab.sim.trace.Trace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The real pipeline: {@link ScenarioLoader} reads files, {@link BundledScenarios} fills the gallery, a recorder runs them. */
public final class ScenarioModuleBackend implements ScenarioBackend {

  /** Records a run of a checked program; the simulator's {@code Simulation.record}. */
  @FunctionalInterface
  public interface Recorder {
    Trace record(Program program, RunSettings settings, RecordingListener listener);
  }

  private final Recorder recorder;
  private List<LoadedScenario> bundled;

  public ScenarioModuleBackend(Recorder recorder) {
    this.recorder = recorder;
  }

  @Override
  public LoadedScenario load(Path file) throws ScenarioLoadException {
    try {
      return convert(ScenarioLoader.load(file), null);
    } catch (ScenarioException e) {
      List<LoadProblem> problems = new ArrayList<>();
      for (ScenarioError err : e.errors()) {
        // The loader names the file as the user knows it; the dialog needs the path to quote the line.
        // A scenario's Go file ("source") is named relative to the scenario's folder.
        String where = file.getFileName() != null && file.getFileName().toString().equals(err.file()) ? file.toString()
            : err.file().endsWith(".go") && file.toAbsolutePath().getParent() != null
                ? file.toAbsolutePath().getParent().resolve(err.file()).toString() : err.file();
        problems.add(new LoadProblem(where, err.line(), err.column(), err.jsonPath(), err.message()));
      }
      throw new ScenarioLoadException(e.getMessage(), problems);
    }
  }

  @Override
  public List<LoadedScenario> bundled() {
    if (bundled == null) {
      List<LoadedScenario> all = new ArrayList<>();
      for (BundledScenarios.Entry e : BundledScenarios.list()) {
        all.add(convert(e.load(), e.description()));
      }
      bundled = List.copyOf(all);
    }
    return bundled;
  }

  @Override
  public LoadedScenario defaultScenario() {
    if (bundled != null) {
      return bundled.get(0);
    }
    BundledScenarios.Entry first = BundledScenarios.list().get(0);
    return convert(first.load(), first.description());
  }

  @Override
  public Trace record(LoadedScenario scenario, RunSettings settings, RecordingListener listener) {
    return recorder.record((Program) scenario.program(), settings, listener);
  }

  @Override
  public dev.gorolab.sim.outcome.GoDistribution realGo(LoadedScenario scenario, int gomaxprocs) {
    return dev.gorolab.scenario.GoRecordings.of(scenario.file(), scenario.id(), gomaxprocs);
  }

  private static LoadedScenario convert(Scenario s, String galleryDescription) {
    String description = s.description().isEmpty() && galleryDescription != null ? galleryDescription : s.description();
    return new LoadedScenario(
        s.file(), s.id(), s.title(), description, s.whatToWatch(), s.gomaxprocs(), s.seed(),
        s.goSource() == null ? "" : s.goSource(), s.goSourceName() == null ? "" : s.goSourceName(), s.program());
  }
}
