package dev.gorolab.model;

/** One variable of a goroutine as shown to the audience: name, Go type and Go-formatted value. */
public record Variable(String name, String type, String value) {}
