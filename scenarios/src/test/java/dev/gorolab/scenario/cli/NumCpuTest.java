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

/** {@code runtime.NumCPU()}: the scenario's {@code numcpu}, 8 unless set, {@code --numcpu} for a run. */
class NumCpuTest {
  @TempDir Path dir;

  private record Result(int exit, String out, String err) {}

  private static Result cli(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = GoroLabCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static final String PROGRAM = """
      // cpus
      package main

      import (
      	"fmt"
      	"runtime"
      )

      func main() {
      	fmt.Println(runtime.NumCPU(), runtime.GOMAXPROCS(0))
      }
      """;

  private Path goFile() throws IOException {
    return Files.writeString(dir.resolve("main.go"), PROGRAM);
  }

  @Test
  void goFile_numCPU_isEightByDefault() throws IOException {
    Result r = cli("run", goFile().toString());
    assertEquals(0, r.exit, r.err);
    assertEquals("8 1\n", r.out);
  }

  @Test
  void goFile_withNumcpuOption_returnsIt_andLeavesGomaxprocsAlone() throws IOException {
    Result r = cli("run", goFile().toString(), "--numcpu", "3");
    assertEquals(0, r.exit, r.err);
    assertEquals("3 1\n", r.out);
  }

  @Test
  void scenario_numcpu_isWhatTheProgramSees_andTheOptionOverridesIt() throws IOException {
    goFile();
    Path json = Files.writeString(dir.resolve("s.json"), """
        { "gorolab": 1, "title": "CPUs", "gomaxprocs": 2, "numcpu": 4, "source": { "file": "main.go" } }
        """);
    assertEquals("4 2\n", cli("run", json.toString()).out);
    assertEquals("16 2\n", cli("run", json.toString(), "--numcpu", "16").out);
  }

  @Test
  void scenario_numcpuOutOfRange_isReportedAtItsPlace() throws IOException {
    goFile();
    Path json = Files.writeString(dir.resolve("bad.json"), """
        { "gorolab": 1, "title": "CPUs", "numcpu": 0, "source": { "file": "main.go" } }
        """);
    Result r = cli("run", json.toString());
    assertEquals(1, r.exit);
    assertEquals("", r.out);
    assertTrue(r.err.contains("bad.json:1:44: $.numcpu: numcpu must be a whole number 1..256, found 0"), r.err);
  }

  @Test
  void numcpuOption_outOfRange_saysTheRange() throws IOException {
    Result r = cli("run", goFile().toString(), "--numcpu", "257");
    assertEquals(1, r.exit);
    assertTrue(r.err.startsWith("gorolab: --numcpu must be 1..256, got 257\n"), r.err);
  }
}
