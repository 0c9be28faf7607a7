package dev.gorolab.model;

import dev.gorolab.model.Script.Ref;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** A set of small programs touching every part of the engine, for whole-run property tests. */
final class Programs {
  private static final long MS = 1_000_000L;

  private Programs() {}

  static Map<String, Supplier<Script>> all() {
    Map<String, Supplier<Script>> m = new LinkedHashMap<>();
    m.put("digits", Programs::digits);
    m.put("pingPong", Programs::pingPong);
    m.put("workers", Programs::workers);
    m.put("selectFanIn", Programs::selectFanIn);
    m.put("sleepers", Programs::sleepers);
    m.put("mutex", Programs::mutex);
    m.put("syscalls", Programs::syscalls);
    m.put("closeWakes", Programs::closeWakes);
    m.put("overflow", Programs::overflow);
    m.put("busyLoops", Programs::busyLoops);
    m.put("deadlock", Programs::deadlock);
    m.put("resize", Programs::resize);
    return m;
  }

  static Script digits() {
    Ref<WaitGroup> wg = new Ref<>("wg");
    Script main = Script.main().makeWg(wg).add(wg, 10);
    for (int i = 0; i < 10; i++) {
      String d = Integer.toString(i);
      main.go(() -> Script.fn("f").print(d).done(wg));
    }
    return main.await(wg);
  }

  static Script pingPong() {
    Ref<Channel> ping = new Ref<>("ping");
    Ref<Channel> pong = new Ref<>("pong");
    Script b = Script.fn("B");
    for (int i = 0; i < 50; i++) {
      b.recv(ping).send(pong, i);
    }
    Script main = Script.main().make(ping, 0).make(pong, 0).go(() -> b);
    for (int i = 0; i < 50; i++) {
      main.send(ping, i).recv(pong, (o, r) -> o.print(r.value() + " "));
    }
    return main;
  }

  static Script workers() {
    Ref<Channel> jobs = new Ref<>("jobs");
    Ref<Channel> results = new Ref<>("results");
    Ref<WaitGroup> wg = new Ref<>("wg");
    Script main = Script.main().make(jobs, 5).make(results, 20).makeWg(wg).add(wg, 3);
    for (int w = 0; w < 3; w++) {
      main.go(() -> {
        Script s = Script.fn("worker");
        for (int j = 0; j < 5; j++) {
          s.recv(jobs, (o, r) -> {}).work(200_000).send(results, j);
        }
        return s.done(wg);
      });
    }
    for (int j = 0; j < 15; j++) {
      main.send(jobs, j);
    }
    main.await(wg);
    for (int j = 0; j < 15; j++) {
      main.recv(results, (o, r) -> o.print(r.value() + ","));
    }
    return main;
  }

  static Script selectFanIn() {
    Ref<Channel> a = new Ref<>("a");
    Ref<Channel> b = new Ref<>("b");
    Ref<Channel> quit = new Ref<>("quit");
    Script main = Script.main().make(a, 0).make(b, 1).make(quit, 0)
        .go(() -> Script.fn("pa").send(a, "a1").send(a, "a2").sleep(MS).send(a, "a3"))
        .go(() -> Script.fn("pb").send(b, "b1").send(b, "b2").send(b, "b3").close(quit));
    for (int i = 0; i < 7; i++) {
      main.select(() -> List.of(SelectCase.receive(a.v), SelectCase.receive(b.v), SelectCase.receive(quit.v),
          SelectCase.receive(null)), false, (o, r) -> o.print(r.chosen() + ":" + r.value() + " "));
    }
    return main.select(() -> List.of(SelectCase.receive(a.v)), true, (o, r) -> {});
  }

  static Script sleepers() {
    Ref<WaitGroup> wg = new Ref<>("wg");
    Script main = Script.main().makeWg(wg).add(wg, 6);
    for (int i = 0; i < 6; i++) {
      String s = i + " ";
      long d = (i % 3 + 1) * MS;
      main.go(() -> Script.fn("f").sleep(d).print(s).sleep(d).done(wg));
    }
    return main.await(wg);
  }

  static Script mutex() {
    Ref<Mutex> mu = new Ref<>("mu");
    Ref<WaitGroup> wg = new Ref<>("wg");
    Script main = Script.main().makeMutex(mu).makeWg(wg).add(wg, 4);
    for (int i = 0; i < 4; i++) {
      String n = "m" + i;
      main.go(() -> Script.fn(n).lock(mu).work(700_000).print(n).unlock(mu).lock(mu).work(400_000)
          .unlock(mu).done(wg));
    }
    return main.await(wg);
  }

  static Script syscalls() {
    Ref<WaitGroup> wg = new Ref<>("wg");
    Script main = Script.main().makeWg(wg).add(wg, 4);
    for (int i = 0; i < 4; i++) {
      long d = (i + 1) * 300_000L;
      main.go(() -> Script.fn("sys").syscall(d).print("s").done(wg));
    }
    for (int i = 0; i < 10; i++) {
      main.work(100_000);
    }
    return main.await(wg);
  }

  static Script closeWakes() {
    Ref<Channel> ch = new Ref<>("ch");
    Ref<Channel> s = new Ref<>("s");
    Ref<WaitGroup> wg = new Ref<>("wg");
    Script main = Script.main().make(ch, 0).make(s, 0).makeWg(wg).add(wg, 4);
    for (int i = 0; i < 4; i++) {
      String n = "R" + i;
      main.go(() -> Script.fn("r").recv(ch, (o, r) -> o.print(n + "=" + r.ok() + " ")).done(wg)).gosched();
    }
    return main.close(ch).await(wg);
  }

  static Script overflow() {
    Ref<WaitGroup> wg = new Ref<>("wg");
    Script main = Script.main().makeWg(wg).add(wg, 270);
    for (int i = 0; i < 270; i++) {
      main.go(() -> Script.fn("f").done(wg));
    }
    return main.await(wg);
  }

  static Script busyLoops() {
    Ref<WaitGroup> wg = new Ref<>("wg");
    Script main = Script.main().makeWg(wg).add(wg, 3);
    for (int i = 0; i < 3; i++) {
      String n = "L" + i;
      main.go(() -> {
        Script s = Script.fn(n);
        for (int k = 0; k < 25; k++) {
          s.work(MS);
        }
        return s.print(n).done(wg);
      });
    }
    return main.gosched().await(wg);
  }

  static Script deadlock() {
    Ref<Channel> ch = new Ref<>("ch");
    return Script.main().make(ch, 0).go(() -> Script.fn("g").sleep(MS).recv(ch)).go(() -> Script.fn("h").forever())
        .recv(ch);
  }

  static Script resize() {
    Ref<WaitGroup> wg = new Ref<>("wg");
    Script main = Script.main().makeWg(wg).add(wg, 6);
    for (int i = 0; i < 6; i++) {
      String n = i + "";
      main.go(() -> Script.fn("f").work(300_000).print(n).done(wg));
    }
    return main.add((o, s) -> {
      o.gomaxprocs(3);
      return Script.STEP;
    }).work(100_000).add((o, s) -> {
      o.gomaxprocs(1);
      return Script.STEP;
    }).await(wg);
  }
}
