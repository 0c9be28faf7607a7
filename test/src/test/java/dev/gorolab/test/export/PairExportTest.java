package dev.gorolab.test.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gorolab export FILE --pair}: the side-by-side window as one slide, headless. */
class PairExportTest {
  @TempDir
  Path dir;

  @Test
  void pair_gomaxprocs1Against2_writesOneSlideOfTheGivenSize() throws Exception {
    Path out = dir.resolve("pair.png");
    Cli r = Cli.export("teach-work-stealing", "--pair", "--a", "gomaxprocs=1", "--b", "gomaxprocs=2", "--size", "1280x720",
        "--out", out.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("wrote " + out + " (1280x720, gomaxprocs=1 against gomaxprocs=2)\n", r.out());
    BufferedImage image = Images.read(out);
    assertEquals(1280, image.getWidth());
    assertEquals(720, image.getHeight());
    assertTrue(Images.inkFraction(image) > 0.2, "both runs are drawn, not blank");
  }

  @Test
  void pair_badSettingsOrNoOut_saySoAndWriteNothing() {
    Path out = dir.resolve("x.png");
    Cli bad = Cli.export("teach-work-stealing", "--pair", "--a", "procs=2", "--out", out.toString());
    assertEquals(1, bad.exitCode());
    assertEquals("gorolab: expected gomaxprocs=N or seed=S, got \"procs=2\"\n", bad.err());
    Cli noOut = Cli.export("teach-work-stealing", "--pair");
    assertEquals(1, noOut.exitCode());
    assertEquals("gorolab: --pair needs --out PAIR.png\n", noOut.err());
    assertFalse(Files.exists(out));
  }
}
