package dev.gorolab.model;

/** One case of a select: a send of {@code value} on, or a receive from, {@code channel} (null is a nil channel). */
public record SelectCase(Channel channel, boolean isSend, Object value) {
  public static SelectCase send(Channel channel, Object value) {
    return new SelectCase(channel, true, value);
  }

  public static SelectCase receive(Channel channel) {
    return new SelectCase(channel, false, null);
  }
}
