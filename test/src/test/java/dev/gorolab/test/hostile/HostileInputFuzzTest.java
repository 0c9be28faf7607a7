package dev.gorolab.test.hostile;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.gorolab.scenario.Scenario;
import dev.gorolab.sim.program.ExprParser;
import dev.gorolab.sim.program.ExprSyntaxException;
import dev.gorolab.sim.program.Program;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzz targets for the JSON reader and the program checker (through the loader),
 * the expression parser and the Go front end.
 *
 * <p>In every build these run in regression mode: each saved input under
 * {@code src/test/resources/dev/gorolab/test/hostile/HostileInputFuzzTestInputs/<target>/} once
 * (every crash ever found is saved there, with the message it must now give in the broken corpus).
 * {@code JAZZER_FUZZ=1} fuzzes for real, for the duration given here; docs/hostile-inputs.md has the
 * command.
 */
class HostileInputFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void scenarioFile_loadsOrIsRejectedWithMessages(byte[] input) {
    Scenario s = Hostile.loadOrReject(new String(input, StandardCharsets.UTF_8));
    if (s != null) {
      Hostile.runChecked(s.program(), s.gomaxprocs(), s.seed());
    }
  }

  @FuzzTest(maxDuration = "5m")
  void expression_parsesOrGivesASyntaxError(byte[] input) {
    try {
      ExprParser.parse(new String(input, StandardCharsets.UTF_8));
    } catch (ExprSyntaxException e) {
      if (e.getMessage() == null || e.getMessage().isBlank()) {
        throw new AssertionError("a syntax error without a message", e);
      }
    }
  }

  @FuzzTest(maxDuration = "5m")
  void goFile_readsOrGivesGoErrors(byte[] input) {
    Program p = Hostile.readGo(new String(input, StandardCharsets.UTF_8));
    if (p != null) {
      Hostile.runChecked(p, 2, 1);
    }
  }
}
