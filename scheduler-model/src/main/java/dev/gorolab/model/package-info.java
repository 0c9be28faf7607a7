/**
 * Go's M:N goroutine scheduler (go1.19) as a pure, deterministic model.
 *
 * <p>The scheduler's job is to distribute ready-to-run goroutines over worker threads. Its three
 * entities are Go's own:
 *
 * <ul>
 *   <li><b>G</b>, a goroutine: an id, a status ({@code _Grunnable}, {@code _Grunning},
 *       {@code _Gwaiting} with a wait reason, {@code _Gsyscall}, {@code _Gdead}), and the code it
 *       runs, a {@link dev.gorolab.model.GoroutineBody} stepped one atomic action at a time.
 *   <li><b>M</b>, a machine, an OS thread. It runs Go code only while it holds a P. It may instead
 *       spin looking for work, sit in a syscall holding its G, block in netpoll until the next
 *       timer, or park on the idle list. Ms are created on demand, so there are more Ms than Ps
 *       while goroutines sit in syscalls.
 *   <li><b>P</b>, a processor, a resource an M must hold to run Go code. There are exactly
 *       GOMAXPROCS Ps. Each holds {@code runnext}, a 256-slot local run queue, a timer heap, its
 *       {@code schedtick} and a cache of 16 goroutine ids.
 * </ul>
 *
 * <p>{@link dev.gorolab.model.GoRuntime} applies the numbered rules of the reference
 * (go-runtime-rules.md), each in one place, marked with a comment that names the rule. In short:
 * {@code go} and every wake put the goroutine in the current P's runnext and push the old occupant
 * to the local queue tail. Only a park, Gosched, preemption or exit yields. {@code schedule()}
 * runs the P's expired timers, takes one goroutine from the global queue every 61st tick, then
 * tries runnext (inheriting the time slice), the local queue, a global batch, and stealing; else
 * the P goes idle. A goroutine (or runnext chain) that has run 10 ms on one slice is preempted to
 * the global queue at its next step boundary.
 *
 * <p><b>Time.</b> One {@code long} clock of virtual nanoseconds, and no other source of time. A
 * body step costs what it returns. Scheduling itself costs nothing, except that a started M
 * begins its search 5 µs later and a thief backs off 3 µs each time before taking a running
 * victim's runnext. In runs started with more than one P those durations, the cost of a step, a
 * print's write syscall and a mutex spin are drawn through the chooser instead
 * ({@code ParallelTiming}; docs/gomaxprocs.md). sysmon retakes a P from a blocked syscall after {@code syscallRetakeNanos}. When every
 * P is idle and a timer is pending, one M blocks in netpoll and the clock jumps to it. The engine
 * always performs the earliest pending action; ties go by time, then action kind, then P or M id.
 * Every random choice (select's poll order, a steal round's victim order) goes through the one
 * {@link dev.gorolab.model.Chooser}. Same program, configuration and seed: same events.
 *
 * <p><b>Invariants,</b> checked by {@link dev.gorolab.model.GoRuntime#checkInvariants()}: exactly
 * GOMAXPROCS Ps; every goroutine in exactly one place matching its status; a running goroutine
 * has an M and a P; at most one of a channel's send and receive queues is non-empty; buffered
 * values mean no waiting receivers; {@code nmspinning} counts the spinning Ms.
 *
 * <p><b>Left out, and why:</b> the garbage collector (its visible effects, the initial tick and
 * the ids it takes, are {@link dev.gorolab.model.RuntimeConfig} parameters), network I/O,
 * signals and stack checks (a preemption lands between two body steps), sudog caches, stacks,
 * atomics and lock ordering, deferred calls and {@code recover} (a panic ends the
 * program at once), and goroutine stack frames (dumps print Go's headers only). None of these
 * changes the order in which goroutines run with GOMAXPROCS=1. docs/model.md has the cost model
 * in full and a table from every rule to its code and its tests.
 *
 * <p><b>Observing.</b> Every decision is an immutable {@link dev.gorolab.model.Event}, emitted
 * after the state change it describes. {@link dev.gorolab.model.GoRuntime#snapshot()} is the
 * whole state. {@link dev.gorolab.model.GoRuntime#takeDelta()} holds only what changed, and
 * {@link dev.gorolab.model.RuntimeSnapshot#apply} replays it.
 */
package dev.gorolab.model;
