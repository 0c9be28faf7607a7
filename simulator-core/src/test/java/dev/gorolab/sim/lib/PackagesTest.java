package dev.gorolab.sim.lib;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PackagesTest {

  /** A package is registered when a name of it is first looked up, so each may register only its own names. */
  @Test
  void everyPackage_registersOnlyNamesOfItsOwn() {
    assertDoesNotThrow(Packages::loadAll);
  }

  @Test
  void aMember_isFoundWhateverWasLookedUpBefore() {
    assertNotNull(Packages.member("strings", "Join"));
    assertNotNull(Packages.impl("time.NewTimer"));
    assertNotNull(Packages.constant("math", "MaxInt64"));
    assertNull(Packages.member("strings", "NoSuchFunction"));
    assertNull(Packages.member("nosuchpackage", "Join"));
  }
}
