package dev.gorolab.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.gorolab.sim.outcome.GoDistribution;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the command line and the app find real Go's recorded outcomes of a program. */
class GoRecordingsTest {
  private static final String ONE = "# go1.19.8\n=== 3 runs, exit 0, 2 bytes, stderr \"\"\nx\n";

  @Test
  void bundledTeachDifferentRuns_findsTheRecordingInItsOwnFolder() {
    GoDistribution go = GoRecordings.of(BundledScenarios.find("teach-different-runs").load(), 2);
    assertNotNull(go);
    assertEquals(300, go.runs());
  }

  @Test
  void aGomaxprocsWithoutARecording_findsNone() {
    assertNull(GoRecordings.of(BundledScenarios.find("teach-different-runs").load(), 3));
  }

  @Test
  void aScenarioFile_findsTheRecordingNamedAfterIt(@TempDir Path dir) throws IOException {
    Path json = dir.resolve("runs.json");
    Files.writeString(dir.resolve("runs.gomaxprocs2.outcomes"), ONE);
    assertEquals(3, GoRecordings.of(json, "runs", 2).runs());
    assertNull(GoRecordings.of(dir.resolve("other.json"), "other", 2));
  }

  @Test
  void aMalformedRecording_isAsGoodAsNone(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("main.gomaxprocs2.outcomes"), "=== many runs\n");
    assertNull(GoRecordings.nextTo(dir.resolve("main.go"), 2));
  }
}
