package dev.gorolab.scenario.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Races on slice and array elements, as {@code go run -race} (go1.19, GOMAXPROCS=1) reports
 * them for the same programs: an element is a location of its own, shared by every slice over the
 * backing array; distinct elements written by distinct goroutines do not race.
 */
class ElementRaceTest {
  private record Result(int exit, String out, String err) {}

  @TempDir Path dir;

  private Result run(String name, String source) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, source);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = GoroLabCli.run(new String[] {"run", file.toString(), "--race"},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void twoGoroutinesIncrementingOneElement_race() throws IOException {
    Result r = run("racy.go", """
        package main

        import (
        	"fmt"
        	"sync"
        )

        func main() {
        	counts := make([]int, 3)
        	var wg sync.WaitGroup
        	for w := 0; w < 2; w++ {
        		wg.Add(1)
        		go func() {
        			defer wg.Done()
        			counts[1]++
        		}()
        	}
        	wg.Wait()
        	fmt.Println(counts)
        }
        """);
    assertEquals(66, r.exit, r.err);
    assertEquals("[0 2 0]\n", r.out);
    // Go: "Read at ... by goroutine 7: main.main.func1() racy.go:15 / Previous write ... by
    // goroutine 8: ... racy.go:15 / Goroutine 7 (running) created at: main.main() racy.go:13".
    // GoroLab names the first line of the literal's body (15) where a goroutine of a function
    // literal was created, not the go statement's line.
    assertTrue(r.err.matches("(?s)==================\nWARNING: DATA RACE\nRead at 0x\\p{XDigit}{12} by goroutine \\d+:\n"
        + "  main\\.main\\.func1\\(\\)\n      racy\\.go:15\n\nPrevious write at 0x\\p{XDigit}{12} by goroutine \\d+:\n"
        + "  main\\.main\\.func1\\(\\)\n      racy\\.go:15\n\nGoroutine \\d+ \\(running\\) created at:\n  main\\.main\\(\\)\n"
        + "      racy\\.go:\\d+\n.*Found 1 data race\\(s\\)\n"), r.err);
  }

  @Test
  void eachGoroutineWritingItsOwnElement_doesNotRace() throws IOException {
    Result r = run("safe.go", """
        package main

        import (
        	"fmt"
        	"sync"
        )

        func main() {
        	results := make([]int, 4)
        	var wg sync.WaitGroup
        	for i := 0; i < 4; i++ {
        		wg.Add(1)
        		go func(i int) {
        			defer wg.Done()
        			results[i] = i * i
        		}(i)
        	}
        	wg.Wait()
        	fmt.Println(results)
        }
        """);
    assertEquals(0, r.exit, r.err);
    assertEquals("[0 1 4 9]\n", r.out);
    assertFalse(r.err.contains("DATA RACE"), r.err);
  }

  @Test
  void aPackageArrayElementWrittenByMainAndAGoroutine_racesOnce_byTheMainGoroutine() throws IOException {
    Result r = run("arr.go", """
        package main

        import (
        	"fmt"
        	"time"
        )

        var grid [4]int

        func main() {
        	go func() {
        		grid[2] = 7
        	}()
        	grid[2] = 5
        	time.Sleep(time.Millisecond)
        	fmt.Println(grid[2] > 0)
        }
        """);
    assertEquals(66, r.exit, r.err);
    assertEquals("true\n", r.out);
    // Go reports the two writes and not the later read of the same address (ThreadSanitizer's
    // suppress_equal_addresses); the main goroutine is named, not numbered.
    assertTrue(r.err.contains("Previous write at "), r.err);
    assertTrue(r.err.contains(" by main goroutine:\n  main.main()\n      arr.go:14\n"), r.err);
    assertTrue(r.err.endsWith("Found 1 data race(s)\n"), r.err);
  }

  @Test
  void twoSlicesOverOneArray_shareTheElement() throws IOException {
    Result r = run("alias.go", """
        package main

        import (
        	"fmt"
        	"time"
        )

        func main() {
        	base := make([]int, 8)
        	tail := base[4:]
        	go func() {
        		tail[1] = 1
        	}()
        	base[5] = 2
        	time.Sleep(time.Millisecond)
        	fmt.Println(len(tail))
        }
        """);
    assertEquals(66, r.exit, r.err);
    assertTrue(r.err.contains("alias.go:12\n") && r.err.contains("alias.go:14\n"), r.err);
  }
}
