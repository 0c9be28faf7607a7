package dev.gorolab.sim.program;

/** One parameter of a function or function literal: {@code ch chan string}. */
public record Param(String name, GoType type) {

  @Override
  public String toString() {
    return name + " " + type;
  }
}
