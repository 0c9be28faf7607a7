package dev.gorolab.ui.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes PNGs and animated GIFs with the JDK's ImageIO writers. Neither writer adds a timestamp,
 * so the same pixels give the same bytes.
 */
public final class ImageFiles {
  static final String GIF_FORMAT = "javax_imageio_gif_image_1.0";

  private ImageFiles() {}

  /** Writes {@code image} as a PNG; {@code replace} false refuses an existing file. */
  public static void writePng(BufferedImage image, Path file, boolean replace) throws IOException {
    try (OutputStream out = open(file, replace)) {
      if (!ImageIO.write(image, "png", out)) {
        throw new IOException("no PNG writer for this image");
      }
    }
  }

  /** Encodes {@code image} as PNG bytes, for tests and the clipboard. */
  public static byte[] pngBytes(BufferedImage image) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  private static OutputStream open(Path file, boolean replace) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    return replace
        ? Files.newOutputStream(file)
        : Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
  }

  /**
   * An animated GIF being written frame by frame, looping forever. GIF has no alpha and 256
   * colours: frames are drawn on {@code matte} and the JDK's writer picks each frame's palette.
   */
  public static final class GifSequence implements AutoCloseable {
    private final ImageWriter writer;
    private final ImageOutputStream stream;
    private final OutputStream file;
    private final java.awt.Color matte;
    private int frames;

    public GifSequence(Path target, boolean replace, java.awt.Color matte) throws IOException {
      Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("gif");
      if (!writers.hasNext()) {
        throw new IOException("this Java has no GIF writer");
      }
      this.writer = writers.next();
      this.matte = matte;
      this.file = open(target, replace);
      this.stream = ImageIO.createImageOutputStream(file);
      writer.setOutput(stream);
      writer.prepareWriteSequence(null);
    }

    /** Appends one frame shown for {@code delayCentis} hundredths of a second. */
    public void add(BufferedImage image, int delayCentis) throws IOException {
      BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
      Graphics2D g = rgb.createGraphics();
      try {
        g.setColor(matte);
        g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
        g.drawImage(image, 0, 0, null);
      } finally {
        g.dispose();
      }
      ImageWriteParam param = writer.getDefaultWriteParam();
      IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(rgb), param);
      IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(GIF_FORMAT);
      IIOMetadataNode control = child(root, "GraphicControlExtension");
      control.setAttribute("disposalMethod", "none");
      control.setAttribute("userInputFlag", "FALSE");
      control.setAttribute("transparentColorFlag", "FALSE");
      control.setAttribute("delayTime", Integer.toString(Math.max(1, delayCentis)));
      control.setAttribute("transparentColorIndex", "0");
      if (frames == 0) {
        // NETSCAPE2.0 with a loop count of 0: play forever, as a slide animation should.
        IIOMetadataNode apps = child(root, "ApplicationExtensions");
        IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
        app.setAttribute("applicationID", "NETSCAPE");
        app.setAttribute("authenticationCode", "2.0");
        app.setUserObject(new byte[] {1, 0, 0});
        apps.appendChild(app);
      }
      meta.setFromTree(GIF_FORMAT, root);
      writer.writeToSequence(new IIOImage(rgb, null, meta), param);
      frames++;
    }

    public int frames() {
      return frames;
    }

    @Override
    public void close() throws IOException {
      try {
        if (frames > 0) {
          writer.endWriteSequence();
        }
      } finally {
        writer.dispose();
        stream.close();
        file.close();
      }
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
      for (int i = 0; i < root.getLength(); i++) {
        if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
          return (IIOMetadataNode) root.item(i);
        }
      }
      IIOMetadataNode node = new IIOMetadataNode(name);
      root.appendChild(node);
      return node;
    }
  }
}
