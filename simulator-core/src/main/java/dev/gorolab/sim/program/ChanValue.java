package dev.gorolab.sim.program;

import dev.gorolab.model.Channel;

/**
 * A Go channel value: the model's channel handle with its static type, so it can be shown and
 * compared as Go would. {@code toString()} is Go's {@code %v}, the channel's (here synthetic) address.
 */
public record ChanValue(Channel channel, GoType.Chan type) {

  /** A stable, Go-looking heap address derived from the channel's id. */
  @Override
  public String toString() {
    return "0x" + Long.toHexString(0xc000010000L + 0x60L * channel.id());
  }
}
