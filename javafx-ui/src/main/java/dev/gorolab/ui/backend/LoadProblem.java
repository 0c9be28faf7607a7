package dev.gorolab.ui.backend;

/** One error in a scenario file, located as precisely as the loader could. */
public record LoadProblem(String file, int line, int column, String jsonPath, String message) {}
