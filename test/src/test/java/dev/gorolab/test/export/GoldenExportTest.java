package dev.gorolab.test.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gorolab.scenario.BundledScenarios;
import dev.gorolab.sim.trace.RecordingListener;
import dev.gorolab.sim.trace.RunSettings;
import dev.gorolab.sim.trace.Simulation;
import dev.gorolab.sim.trace.Trace;
import dev.gorolab.ui.backend.LoadedScenario;
import dev.gorolab.ui.backend.ScenarioModuleBackend;
import dev.gorolab.ui.export.Fx;
import dev.gorolab.ui.export.SlideLook;
import dev.gorolab.ui.export.SlideOptions;
import dev.gorolab.ui.export.SlideRenderer;
import dev.gorolab.ui.export.SlideStage;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each view of the cake scenario at step 30, compared with a stored image. Font rasterisation
 * differs a little between machines, so a pixel may differ by {@value #TOLERANCE} per channel and
 * up to {@value #MAX_DIFFERING} of the pixels may differ more; a blank image, another step or
 * another view differs in far more (checked below, so the comparison can fail).
 * Regenerate after a deliberate change of the views:
 * {@code ./mvnw -B verify -pl test -am -Dtest=GoldenExportTest -Dgorolab.golden.update=test/src/test/resources/export-golden}.
 */
class GoldenExportTest {
  static final int TOLERANCE = 48;
  static final double MAX_DIFFERING = 0.02;
  static final int STEP = 30;
  private static SlideStage stage;

  @BeforeAll
  static void build() throws Exception {
    LoadedScenario cake = new ScenarioModuleBackend(Simulation::record).bundled().stream()
        .filter(s -> s.id().equals(ExportCommandTest.CAKE)).findFirst().orElseThrow();
    Trace trace = Simulation.record((dev.gorolab.sim.program.Program) cake.program(),
        new RunSettings(cake.gomaxprocs(), cake.seed(), RunSettings.DEFAULT_MAX_STEPS), RecordingListener.NONE);
    Fx.startHeadless();
    stage = Fx.call(() -> new SlideStage(cake, trace, SlideLook.defaults()));
    assertTrue(BundledScenarios.find(ExportCommandTest.CAKE) != null);
  }

  @AfterAll
  static void dispose() throws Exception {
    Fx.call(() -> {
      stage.dispose();
      return null;
    });
  }

  private static BufferedImage render(int step, SlideOptions.View view) throws Exception {
    return Fx.call(() -> {
      stage.show(step - 1);
      return SlideRenderer.render(stage, new SlideOptions(view, 1, false, SlideOptions.Background.WHITE));
    });
  }

  private static Path golden(SlideOptions.View view) {
    return Path.of("src/test/resources/export-golden/cake-step" + STEP + "-" + view.word() + ".png");
  }

  @ParameterizedTest
  @EnumSource(SlideOptions.View.class)
  void view_matchesItsGoldenImage(SlideOptions.View view) throws Exception {
    BufferedImage now = render(STEP, view);
    String update = System.getProperty("gorolab.golden.update");
    if (update != null) {
      Images.write(now, Path.of(update).resolve(golden(view).getFileName()));
    }
    BufferedImage expected = Images.read(golden(view));
    double differing = Images.differingFraction(now, expected, TOLERANCE);
    if (differing > MAX_DIFFERING) {
      Path seen = Files.createTempFile("export-" + view.word() + "-", ".png");
      Images.write(now, seen);
      throw new AssertionError(String.format("%s differs from %s in %.1f%% of its pixels (allowed %.1f%%); rendered: %s",
          view.word(), golden(view), differing * 100, MAX_DIFFERING * 100, seen));
    }
  }

  @ParameterizedTest
  @EnumSource(SlideOptions.View.class)
  void comparison_rejectsABlankImage(SlideOptions.View view) throws Exception {
    BufferedImage expected = Images.read(golden(view));
    BufferedImage blank = new BufferedImage(expected.getWidth(), expected.getHeight(), BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = blank.createGraphics();
    g.setColor(java.awt.Color.WHITE);
    g.fillRect(0, 0, blank.getWidth(), blank.getHeight());
    g.dispose();
    assertTrue(Images.differingFraction(blank, expected, TOLERANCE) > MAX_DIFFERING);
  }

  /** The timeline shows the whole run whatever the step (only its playhead moves), so it is not here. */
  @ParameterizedTest
  @EnumSource(value = SlideOptions.View.class, names = {"RUNTIME", "WINDOW"})
  void comparison_rejectsAnotherStep(SlideOptions.View view) throws Exception {
    BufferedImage expected = Images.read(golden(view));
    assertTrue(Images.differingFraction(render(8, view), expected, TOLERANCE) > MAX_DIFFERING, "step 8 is not step 30");
  }
}
