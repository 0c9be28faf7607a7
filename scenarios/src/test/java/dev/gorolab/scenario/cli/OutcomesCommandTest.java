package dev.gorolab.scenario.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gorolab run FILE --outcomes}: the distinct outcomes over seeds, beside real Go's recorded shares. */
class OutcomesCommandTest {
  private static final String PROGRAM = "package main\n\nimport \"fmt\"\n\nfunc main() {\n"
      + "\tgo fmt.Println(\"from the goroutine\")\n\tfmt.Println(\"main done\")\n}\n";

  private record Result(int exit, String out, String err) {}

  private static Result cli(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = GoroLabCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static String outcomes(int runs, String stdout) {
    return "# go version go1.19.8 linux/amd64, GOMAXPROCS=2\n=== " + runs + " runs, exit 0, "
        + stdout.getBytes(StandardCharsets.UTF_8).length + " bytes, stderr \"\"\n" + stdout;
  }

  @Test
  void outcomes_preferTheQuietRecording_overOneMadeUnderLoad(@TempDir Path dir) throws IOException {
    Path main = dir.resolve("main.go");
    Files.writeString(main, PROGRAM);
    Files.writeString(dir.resolve("main.gomaxprocs2.outcomes"), outcomes(300, "main done\n"));
    Files.writeString(dir.resolve("main.gomaxprocs2.quiet.outcomes"), outcomes(1000, "main done\n"));
    Result r = cli("run", main.toString(), "--outcomes", "--gomaxprocs", "2", "--seeds", "1..20");
    assertEquals(0, r.exit, r.err);
    assertTrue(r.out.contains("; real Go: 1 outcomes in 1000 runs\n"), r.out);
  }

  @Test
  void outcomes_withOnlyTheLoadedRecording_readThatOne(@TempDir Path dir) throws IOException {
    Path main = dir.resolve("main.go");
    Files.writeString(main, PROGRAM);
    Files.writeString(dir.resolve("main.gomaxprocs2.outcomes"), outcomes(300, "main done\n"));
    Result r = cli("run", main.toString(), "--outcomes", "--gomaxprocs", "2", "--seeds", "1..20");
    assertEquals(0, r.exit, r.err);
    assertTrue(r.out.contains("; real Go: 1 outcomes in 300 runs\n"), r.out);
    assertTrue(r.out.contains("Go 100.0%"), r.out);
  }

  @Test
  void outcomes_ofABundledScenario_readTheRecordingInItsFolder() {
    Result r = cli("run", "teach-different-runs", "--outcomes", "--seeds", "1..5");
    assertEquals(0, r.exit, r.err);
    assertTrue(r.out.contains(" over seeds 1..5, GOMAXPROCS=2; real Go: 24 outcomes in 300 runs\n"), r.out);
  }
}
