package dev.gorolab.sim.program;

/**
 * The Go source a scenario mirrors, shown in the code pane; statements point into it by line.
 *
 * @param fileName the Go file name shown to the audience, e.g. {@code cake.go}
 * @param text the Go source text, empty if the scenario names a file without its text
 */
public record GoSource(String fileName, String text) {}
