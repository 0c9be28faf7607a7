package dev.gorolab.ui.export;

/**
 * What the export dialog asked for: the image options, and this step, or a range of steps
 * (window step numbers, 0 the start) as numbered PNGs or as a GIF.
 */
public record ExportRequest(SlideOptions options, Kind kind, int fromStep, int toStep) {
  /** One PNG of the current step, numbered PNGs of a range, or a GIF of a range. */
  public enum Kind { STEP, SEQUENCE, GIF }
}
