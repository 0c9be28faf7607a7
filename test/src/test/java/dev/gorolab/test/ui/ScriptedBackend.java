package dev.gorolab.test.ui;

import dev.gorolab.sim.trace.RecordingCancelledException;
import dev.gorolab.sim.trace.RecordingListener;
import dev.gorolab.sim.trace.RunSettings;
import dev.gorolab.sim.trace.Trace;
import dev.gorolab.ui.backend.LoadProblem;
import dev.gorolab.ui.backend.LoadedScenario;
import dev.gorolab.ui.backend.ScenarioBackend;
import dev.gorolab.ui.backend.ScenarioLoadException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test double of the loader and simulator: a file names one of {@link TestTraces} by its "id"; a
 * file mentioning channel "cs2" is rejected the way the real loader words it.
 */
final class ScriptedBackend implements ScenarioBackend {
  static final String CAKE_SOURCE = String.join("\n",
      "package main", "", "import (", "\t\"fmt\"", "\t\"strconv\"", "\t\"time\"", ")", "",
      "func main() {", "\tcs := make(chan string)", "\tgo makeCakeAndSend(cs)", "\tgo receiveCakeAndPack(cs)",
      "\ttime.Sleep(1 * time.Second)", "}", "", "", "", "", "", "",
      "func makeCakeAndSend(ch chan string) {", "\tcakeName := \"alishi-cake-\" + strconv.Itoa(1)",
      "\tfmt.Println(\"make a cake and sending...\", cakeName)", "\tch <- cakeName", "}", "", "",
      "func receiveCakeAndPack(ch chan string) {", "\tcs := <-ch", "\tfmt.Println(\"packing received cake\", cs)", "}");
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"(\\w+)\"");
  final List<RunSettings> runs = new ArrayList<>();
  boolean cancelNextRun;

  @Override
  public LoadedScenario load(Path file) throws ScenarioLoadException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int col = lines[i].indexOf("\"cs2\"");
      if (col >= 0) {
        String message = file.getFileName() + ":" + (i + 1) + ":" + (col + 1)
            + ": $.functions.main[0].send: unknown channel \"cs2\" (declared: cs)";
        throw new ScenarioLoadException(message, List.of(new LoadProblem(file.toString(), i + 1, col + 1, "$.functions.main[0].send", "unknown channel \"cs2\" (declared: cs)")));
      }
    }
    Matcher m = ID.matcher(text);
    String id = m.find() ? m.group(1) : "cake";
    return scenario(file, id);
  }

  static LoadedScenario scenario(Path file, String id) {
    return switch (id) {
      case "buffered" -> new LoadedScenario(file, id, "Buffered channel deadlock", "Fill a buffer of three, send a fourth.", "", 1, 1, "package main\n\nfunc main() {\n\tch := make(chan string, 3)\n}\n", "buffered.go", id);
      case "spawn" -> new LoadedScenario(file, id, "Four workers", "Who runs first?", "", 1, 1, "package main\n", "spawn.go", id);
      default -> new LoadedScenario(file, "cake", "Cake maker and packer", "Two goroutines pass cakes over an unbuffered channel.", "Watch cs's queues.", 1, 1, CAKE_SOURCE, "cake.go", "cake");
    };
  }

  @Override
  public List<LoadedScenario> bundled() {
    return List.of(scenario(null, "cake"), scenario(null, "buffered"), scenario(null, "spawn"));
  }

  @Override
  public Trace record(LoadedScenario scenario, RunSettings settings, RecordingListener listener) {
    runs.add(settings);
    listener.progress(1, 0);
    if (cancelNextRun) {
      cancelNextRun = false;
      throw new RecordingCancelledException(1);
    }
    return switch ((String) scenario.program()) {
      case "buffered" -> TestTraces.bufferedDeadlock();
      case "spawn" -> TestTraces.spawnFour();
      default -> settings.gomaxprocs() == 1 ? TestTraces.cakeOneP() : TestTraces.cakeTwoPs(settings.seed());
    };
  }
}
