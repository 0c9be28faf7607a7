package dev.gorolab.model;

import java.util.ArrayList;
import java.util.List;

/** A parked select: one sudog per non-nil case (R8.5). */
final class SelectWait {
  final List<Sudog> sudogs = new ArrayList<>();
  final String names;

  SelectWait(String names) {
    this.names = names;
  }
}
