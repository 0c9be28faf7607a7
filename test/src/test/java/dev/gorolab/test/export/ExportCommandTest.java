package dev.gorolab.test.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gorolab.ui.export.SlideSequence;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gorolab export}, run in-process on the bundled cake scenario (52 steps), headless. */
class ExportCommandTest {
  static final String CAKE = "seed03-cake-count";

  @TempDir
  Path dir;

  @Test
  void step_atScaleTwo_writesWindowTwiceTheProjectorSize() throws Exception {
    Path out = dir.resolve("slide.png");
    Cli r = Cli.export(CAKE, "--step", "12", "--out", out.toString(), "--scale", "2");
    assertEquals(0, r.exitCode(), r.err());
    BufferedImage image = Images.read(out);
    assertEquals(2560, image.getWidth());
    assertEquals(1440, image.getHeight());
    assertTrue(Images.inkFraction(image) > 0.2, "the window is mostly drawn, not blank");
    assertEquals("wrote " + out + " (2560x1440, step 12 of 52)\n", r.out());
  }

  @Test
  void timeline_atScaleThree_is3840Wide() throws Exception {
    Path one = dir.resolve("t1.png");
    Path three = dir.resolve("t3.png");
    assertEquals(0, Cli.export(CAKE, "--step", "20", "--out", one.toString(), "--view", "timeline").exitCode());
    assertEquals(0, Cli.export(CAKE, "--step", "20", "--out", three.toString(), "--view", "timeline", "--scale", "3").exitCode());
    BufferedImage small = Images.read(one);
    BufferedImage big = Images.read(three);
    assertEquals(1280, small.getWidth());
    assertEquals(3840, big.getWidth());
    assertEquals(small.getHeight() * 3, big.getHeight());
    assertTrue(Images.inkFraction(big) > 0.1);
  }

  @Test
  void sameStepTwice_givesByteIdenticalFiles() throws Exception {
    Path a = dir.resolve("a.png");
    Path b = dir.resolve("b.png");
    assertEquals(0, Cli.export(CAKE, "--step", "30", "--out", a.toString(), "--caption", "--scale", "2").exitCode());
    assertEquals(0, Cli.export(CAKE, "--step", "30", "--out", b.toString(), "--caption", "--scale", "2").exitCode());
    assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
  }

  @Test
  void caption_addsTextAboveTheUnchangedView() throws Exception {
    Path plain = dir.resolve("plain.png");
    Path captioned = dir.resolve("captioned.png");
    assertEquals(0, Cli.export(CAKE, "--step", "30", "--out", plain.toString(), "--view", "runtime").exitCode());
    assertEquals(0, Cli.export(CAKE, "--step", "30", "--out", captioned.toString(), "--view", "runtime", "--caption").exitCode());
    BufferedImage view = Images.read(plain);
    BufferedImage withCaption = Images.read(captioned);
    int band = withCaption.getHeight() - view.getHeight();
    assertTrue(band > 30, "a caption band of two lines, got " + band + " px");
    assertTrue(Images.endsWith(withCaption, view), "below the caption, the view is pixel for pixel the same");
    assertTrue(Images.darkPixels(withCaption, 0, band) > 500, "the band holds text");
  }

  @Test
  void transparentBackground_leavesEmptyPartsClear() throws Exception {
    Path out = dir.resolve("clear.png");
    assertEquals(0, Cli.export(CAKE, "--step", "5", "--out", out.toString(), "--view", "runtime", "--background", "transparent").exitCode());
    BufferedImage image = Images.read(out);
    assertTrue(image.getColorModel().hasAlpha());
    assertEquals(0, image.getRGB(0, 0) >>> 24, "the corner is transparent");
    assertTrue(Images.darkPixels(image, 0, image.getHeight()) > 500, "the text is opaque");
  }

  @Test
  void stepRange_writesNumberedPngsAndAGifWithOneFramePerStep() throws Exception {
    Path slides = dir.resolve("slides");
    Path gif = dir.resolve("run.gif");
    Cli r = Cli.export(CAKE, "--steps", "8..11", "--out-dir", slides.toString(), "--gif", gif.toString(), "--view", "runtime");
    assertEquals(0, r.exitCode(), r.err());
    try (var files = Files.list(slides)) {
      assertEquals(List.of("step-008.png", "step-009.png", "step-010.png", "step-011.png"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
    assertEquals(4, gifFrames(gif));
    assertEquals(String.valueOf(SlideSequence.GIF_DELAY_CENTIS), gifControl(gif, 0).getAttribute("delayTime"));
    assertEquals("90", gifControl(gif, 3).getAttribute("delayTime"), "900 ms a step, the player at 1×");
  }

  @Test
  void sequence_hasOneSizeForEveryPngAndEveryGifFrame() throws Exception {
    Path slides = dir.resolve("all");
    Path gif = dir.resolve("all.gif");
    // The whole run: the view grows from P0 alone to a channel, sleepers and Done.
    Cli r = Cli.export(CAKE, "--steps", "0..52", "--out-dir", slides.toString(), "--gif", gif.toString(), "--view", "runtime", "--caption");
    assertEquals(0, r.exitCode(), r.err());
    java.util.Set<String> sizes = new java.util.TreeSet<>();
    try (var files = Files.list(slides)) {
      for (Path p : files.toList()) {
        BufferedImage image = Images.read(p);
        sizes.add(image.getWidth() + "x" + image.getHeight());
      }
    }
    assertEquals(1, sizes.size(), sizes.toString());
    try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
      ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
      reader.setInput(in);
      for (int i = 0; i < reader.getNumImages(true); i++) {
        assertEquals(sizes.iterator().next(), reader.getWidth(i) + "x" + reader.getHeight(i), "GIF frame " + i);
      }
      IIOMetadataNode screen = (IIOMetadataNode) ((IIOMetadataNode) reader.getStreamMetadata()
          .getAsTree("javax_imageio_gif_stream_1.0")).getElementsByTagName("LogicalScreenDescriptor").item(0);
      assertEquals(sizes.iterator().next(), screen.getAttribute("logicalScreenWidth") + "x" + screen.getAttribute("logicalScreenHeight"));
    }
  }

  @Test
  void slideSize_givesExactlyThatImage_withFourPsInAGrid() throws Exception {
    for (String size : List.of("1280x720", "1920x1080")) {
      Path out = dir.resolve("slide-" + size + ".png");
      Cli r = Cli.export("teach-work-stealing", "--gomaxprocs", "4", "--step", "30", "--view", "runtime", "--size", size,
          "--out", out.toString());
      assertEquals(0, r.exitCode(), r.err());
      BufferedImage image = Images.read(out);
      assertEquals(size, image.getWidth() + "x" + image.getHeight());
    }
    Cli sharp = Cli.export("teach-work-stealing", "--gomaxprocs", "4", "--step", "30", "--view", "runtime", "--size", "1920x1080",
        "--scale", "2", "--out", dir.resolve("sharp.png").toString());
    assertEquals(0, sharp.exitCode(), sharp.err());
    assertEquals(3840, Images.read(dir.resolve("sharp.png")).getWidth());
  }

  @Test
  void existingFile_isRefusedWithoutForce_andReplacedWithIt() throws Exception {
    Path out = dir.resolve("taken.png");
    Files.writeString(out, "mine");
    Cli r = Cli.export(CAKE, "--step", "1", "--out", out.toString());
    assertEquals(1, r.exitCode());
    assertEquals("gorolab: " + out + " exists; use --force to replace it\n", r.err());
    assertEquals("mine", Files.readString(out));
    assertEquals(0, Cli.export(CAKE, "--step", "1", "--out", out.toString(), "--force").exitCode());
    assertEquals(1280, Images.read(out).getWidth());
  }

  @Test
  void existingSequenceFile_refusesTheWholeSequence() throws Exception {
    Path slides = Files.createDirectories(dir.resolve("slides"));
    Files.writeString(slides.resolve("step-003.png"), "mine");
    Cli r = Cli.export(CAKE, "--steps", "2..4", "--out-dir", slides.toString());
    assertEquals(1, r.exitCode());
    assertEquals("gorolab: " + slides.resolve("step-003.png") + " exists; use --force to replace\n", r.err());
    assertFalse(Files.exists(slides.resolve("step-002.png")), "nothing written");
  }

  @Test
  void stepOutOfRange_isOneLineAndExitOne() {
    Cli r = Cli.export(CAKE, "--step", "53", "--out", dir.resolve("x.png").toString());
    assertEquals(1, r.exitCode());
    assertEquals("gorolab: step 53 is out of range: seed03-cake-count has steps 0..52 with GOMAXPROCS=1 and seed 1\n", r.err());
  }

  @Test
  void unknownOption_isOneLineAndExitOne() {
    Cli r = Cli.export(CAKE, "--step", "1", "--out", "x.png", "--dpi", "300");
    assertEquals(1, r.exitCode());
    assertEquals("gorolab: unknown option --dpi (see: gorolab export --help)\n", r.err());
  }

  @Test
  void badValues_areNamed() {
    assertEquals("gorolab: --scale must be 1..3, got 4\n", Cli.export(CAKE, "--step", "1", "--out", "x.png", "--scale", "4").err());
    assertEquals("gorolab: --view must be runtime|timeline|window, got \"code\"\n",
        Cli.export(CAKE, "--step", "1", "--out", "x.png", "--view", "code").err());
    assertEquals("gorolab: --steps expects a range A..B such as 1..20, got \"3-5\"\n",
        Cli.export(CAKE, "--steps", "3-5", "--gif", "x.gif").err());
    assertEquals("gorolab: export needs --step N or --steps A..B\n", Cli.export(CAKE, "--out", "x.png").err());
  }

  @Test
  void brokenScenarioFile_isOneLineAndExitOne() throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"title\": \"x\",\n  \"gomaxprocs\": \"two\"\n", StandardCharsets.UTF_8);
    Cli r = Cli.export(bad.toString(), "--step", "1", "--out", dir.resolve("x.png").toString());
    assertEquals(1, r.exitCode());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("gorolab: "), r.err());
    assertTrue(r.err().contains("bad.json"), r.err());
  }

  @Test
  void missingScenario_isNamed() {
    Cli r = Cli.export("no-such-scenario", "--step", "1", "--out", "x.png");
    assertEquals(1, r.exitCode());
    assertEquals("gorolab: no such file or bundled scenario: no-such-scenario (see: gorolab list)\n", r.err());
  }

  private static int gifFrames(Path gif) throws Exception {
    try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
      ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
      reader.setInput(in);
      return reader.getNumImages(true);
    }
  }

  private static IIOMetadataNode gifControl(Path gif, int frame) throws Exception {
    try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
      ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
      reader.setInput(in);
      IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(frame).getAsTree("javax_imageio_gif_image_1.0");
      return (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0);
    }
  }
}
