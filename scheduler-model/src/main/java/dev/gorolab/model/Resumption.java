package dev.gorolab.model;

/**
 * What a parked goroutine learns when it runs again: for a receive the value and ok, for a select
 * the chosen case index (source order) and, for a receive case, its value and ok. A sender woken
 * by close learns nothing: {@link GoOps#resumption()} throws {@link GoRuntimePanic} instead.
 */
public record Resumption(Object value, boolean ok, int chosenCase) {}
