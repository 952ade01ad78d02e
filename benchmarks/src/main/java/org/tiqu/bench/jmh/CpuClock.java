package org.tiqu.bench.jmh;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time of each benchmark thread next to the chars it processed, per iteration: {@code cpuChars / cpuMillis} is
 * chars per CPU-second, which, unlike wall-clock chars/s, hardly moves when other processes compete for the cores.
 * It does not see time a thread spends blocked, so it is no proof of multi-thread scaling.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CpuClock {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Chars processed in the iteration (an event count, not per second). */
    public long cpuChars;
    /** CPU milliseconds this thread used in the iteration. */
    public double cpuMillis;
    private long start;

    @Setup(Level.Iteration)
    public void start() {
        start = THREADS.getCurrentThreadCpuTime();
    }

    @TearDown(Level.Iteration)
    public void stop() {
        cpuMillis = (THREADS.getCurrentThreadCpuTime() - start) / 1e6;
    }

    /** Counts {@code n} chars processed. */
    void add(int n) {
        cpuChars += n;
    }
}
