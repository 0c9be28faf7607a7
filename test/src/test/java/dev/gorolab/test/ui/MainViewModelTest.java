package dev.gorolab.test.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gorolab.ui.i18n.I18n;
import dev.gorolab.ui.viewmodel.MainViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening, re-running and errors, without a Stage; runs execute on the calling thread. */
class MainViewModelTest {
  @TempDir Path dir;
  private final ScriptedBackend backend = new ScriptedBackend();
  private final Preferences prefs = Preferences.userRoot().node("dev/gorolab/test/vm-" + System.nanoTime());
  private final List<Runnable> background = new ArrayList<>();
  private final MainViewModel vm = new MainViewModel(backend, Runnable::run, Runnable::run, prefs, new I18n(Locale.ENGLISH));

  @AfterEach
  void forget() throws BackingStoreException {
    prefs.removeNode();
  }

  private Path file(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void open_usesTheScenariosOwnSettings() throws Exception {
    assertTrue(vm.open(file("cake.json", "{\"id\": \"cake\"}")));
    assertEquals("Cake maker and packer", vm.scenarioProperty().get().title());
    assertEquals(1, vm.gomaxprocsProperty().get());
    assertEquals(19, vm.player().stepCountProperty().get());
    assertFalse(vm.busyProperty().get());
  }

  @Test
  void brokenFile_setsTheErrorAndKeepsTheOpenScenario() throws Exception {
    vm.open(file("cake.json", "{\"id\": \"cake\"}"));
    vm.player().seek(4);
    assertFalse(vm.open(file("bad.json", "{\n\"send\": \"cs2\"}")));
    assertEquals("bad.json:2:9: $.functions.main[0].send: unknown channel \"cs2\" (declared: cs)", vm.loadErrorProperty().get().message());
    assertEquals("2 | \"send\": \"cs2\"}\n            ^", vm.loadErrorProperty().get().offendingLine());
    assertEquals("cake", vm.scenarioProperty().get().id());
    assertEquals(4, vm.player().stepProperty().get());
    vm.clearLoadError();
    assertNull(vm.loadErrorProperty().get());
  }

  @Test
  void reload_ofAFileBrokenSinceOpening_keepsTheOldRun() throws Exception {
    Path f = file("cake.json", "{\"id\": \"cake\"}");
    vm.open(f);
    vm.player().seek(6);
    Files.writeString(f, "{\"send\": \"cs2\"}");
    vm.reload();
    assertEquals(1, backend.runs.size());
    assertEquals(6, vm.player().stepProperty().get());
    assertTrue(vm.loadErrorProperty().get().message().startsWith("cake.json:1:10:"));
  }

  @Test
  void gomaxprocs_isClampedToOneToSixteen() {
    vm.gomaxprocsProperty().set(40);
    assertEquals(16, vm.gomaxprocsProperty().get());
    vm.gomaxprocsProperty().set(0);
    assertEquals(1, vm.gomaxprocsProperty().get());
  }

  @Test
  void rerun_recordsWithTheNewSettings_andKeepsTheProgramPointByVirtualTime() throws Exception {
    vm.open(file("cake.json", "{\"id\": \"cake\"}"));
    vm.player().seek(5);
    long shownNanos = vm.player().traceProperty().get().time(5);
    vm.gomaxprocsProperty().set(2);
    vm.seedProperty().set(42);
    vm.rerun();
    assertEquals(2, backend.runs.get(1).gomaxprocs());
    assertEquals(42, backend.runs.get(1).seed());
    assertEquals(8, vm.player().stepCountProperty().get());
    var now = vm.player().traceProperty().get();
    int expected = -1;
    for (int i = 0; i < now.size(); i++) {
      if (now.time(i) <= shownNanos) {
        expected = i;
      }
    }
    assertTrue(expected >= 0);
    assertEquals(expected, vm.player().stepProperty().get());
  }

  @Test
  void rerun_fromTheStart_staysAtTheStart() throws Exception {
    vm.open(file("cake.json", "{\"id\": \"cake\"}"));
    vm.gomaxprocsProperty().set(2);
    vm.rerun();
    assertEquals(-1, vm.player().stepProperty().get());
  }

  @Test
  void applySeed_ofAWholeNumber_runsAgainWithIt() throws Exception {
    vm.open(file("cake.json", "{\"id\": \"cake\"}"));
    assertTrue(vm.applySeed(" 42 "));
    assertEquals(42, vm.seedProperty().get());
    assertEquals(42, backend.runs.get(1).seed());
  }

  @Test
  void applySeed_ofText_isRefusedWithANoticeAndNothingRuns() throws Exception {
    vm.open(file("cake.json", "{\"id\": \"cake\"}"));
    assertFalse(vm.applySeed("abc-5"));
    assertEquals(1, vm.seedProperty().get());
    assertEquals(1, backend.runs.size());
    assertEquals("The seed must be a whole number such as 42, not \"abc-5\"; the run keeps its seed.", vm.noticeProperty().get());
  }

  @Test
  void cancelledRecording_keepsThePreviousRunAndSaysSo() throws Exception {
    vm.open(file("cake.json", "{\"id\": \"cake\"}"));
    backend.cancelNextRun = true;
    vm.gomaxprocsProperty().set(2);
    vm.rerun();
    assertEquals(19, vm.player().stepCountProperty().get());
    assertFalse(vm.busyProperty().get());
    assertEquals("Recording cancelled; the previous run stays on screen.", vm.noticeProperty().get());
  }

  @Test
  void background_runDeliversOnlyTheLatestResult() throws Exception {
    MainViewModel queued = new MainViewModel(backend, background::add, Runnable::run, prefs, new I18n(Locale.ENGLISH));
    queued.open(file("cake.json", "{\"id\": \"cake\"}"));
    assertTrue(queued.busyProperty().get());
    queued.open(file("spawn.json", "{\"id\": \"spawn\"}"));
    background.forEach(Runnable::run);
    assertEquals("spawn", queued.scenarioProperty().get().id());
    assertFalse(queued.busyProperty().get());
  }

  @Test
  void firstRecording_hasNoTotal_andSaysTheCountAlone() throws Exception {
    List<String> texts = new ArrayList<>();
    List<Double> bar = new ArrayList<>();
    vm.progressTextProperty().addListener((obs, old, now) -> texts.add(now));
    vm.progressProperty().addListener((obs, old, now) -> bar.add(now.doubleValue()));
    vm.open(file("cake.json", "{\"id\": \"cake\"}"));
    assertTrue(texts.contains("Recording… 1 events (the total is known after the first recording)"), texts.toString());
    // Indeterminate (-1) while recording; the timeline's building has a total: 19 of 19.
    assertEquals(List.of(1.0), bar);
    assertEquals("Building the timeline: 19 of 19 events", texts.get(texts.size() - 1));
  }

  @Test
  void recordingAgain_withTheSameProgramAndSettings_measuresAgainstTheLastCount() throws Exception {
    Path f = file("cake.json", "{\"id\": \"cake\"}");
    vm.open(f);
    List<String> texts = new ArrayList<>();
    List<Double> bar = new ArrayList<>();
    vm.progressTextProperty().addListener((obs, old, now) -> texts.add(now));
    vm.progressProperty().addListener((obs, old, now) -> bar.add(now.doubleValue()));
    vm.reload();
    assertTrue(texts.contains("Recording: 1 of 19 events (as last time)"), texts.toString());
    assertTrue(bar.contains(1.0 / 19), bar.toString());
    assertEquals(1.0, bar.get(bar.size() - 1));
  }

  @Test
  void recordingWithAnotherSeed_hasNoTotalYet() throws Exception {
    vm.open(file("cake.json", "{\"id\": \"cake\"}"));
    List<String> texts = new ArrayList<>();
    vm.progressTextProperty().addListener((obs, old, now) -> texts.add(now));
    vm.applySeed("7");
    assertTrue(texts.contains("Recording… 1 events (the total is known after the first recording)"), texts.toString());
  }
}
