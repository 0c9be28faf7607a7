package dev.gorolab.model;

/**
 * What a parked goroutine learns when it runs again: for a receive the value and ok, for a select
 * the chosen case index (source order) and, for a receive case, its value and ok. {@code panicked}
 * is true when the wake made the goroutine panic (a sender woken by close); the program is then
 * over and the body must return.
 */
public record Resumption(Object value, boolean ok, int chosenCase, boolean panicked) {}
