package org.tiqu.bench.startup;

import com.hankcs.hanlp.HanLP;
import org.tiqu.Extraction;
import org.tiqu.Extractor;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.Locale;

/**
 * One start-up measurement in a fresh JVM (run by {@link StartupRunner}, or by hand):
 * <pre>java -cp benchmarks/target/benchmarks.jar org.tiqu.bench.startup.Startup tiqu|hanlp</pre>
 * Prints one line {@code subject=... firstResultMs=... uptimeMs=... heapMB=... cpuMs=...}: the time from
 * {@code Extractor.builder().build()} (or the first HanLP call) to the first full result, the JVM's uptime at that
 * moment (JVM boot and class loading included), the heap in use after load and GC while the extractor or segment is
 * still reachable, and the CPU time the process had used at the first result (all threads; steadier than wall time
 * on a busy machine).
 */
public final class Startup {
    /** A short news paragraph with a person, organisation, place, date and policy, so every path is loaded. */
    static final String SAMPLE = "新华社北京1月29日电 国务院总理李鹏今天在人民大会堂会见了日本经济团体联合会会长今井敬一行。"
            + "李鹏说，中国将继续实行改革开放政策，深化国有企业改革，欢迎日本企业来华投资。";

    private Startup() {
    }

    public static void main(String[] args) {
        String subject = args.length > 0 ? args[0] : "tiqu";
        long t0 = System.nanoTime();
        Object keep;
        int count;
        switch (subject) {
            case "tiqu" -> {
                Extractor extractor = Extractor.builder().build();
                Extraction result = extractor.extract(SAMPLE);
                count = result.entities().size() + result.tokens().size();
                keep = extractor;
            }
            case "hanlp" -> {
                var segment = HanLP.newSegment();
                count = segment.seg(SAMPLE).size();
                keep = segment;
            }
            default -> throw new IllegalArgumentException("subject must be tiqu or hanlp, got " + subject);
        }
        long firstResultNanos = System.nanoTime() - t0;
        long uptimeMs = ManagementFactory.getRuntimeMXBean().getUptime();
        double cpuMs = processCpuMillis();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int k = 0; k < 3; k++) {
            System.gc();
        }
        long heap = memory.getHeapMemoryUsage().getUsed();
        Reference.reachabilityFence(keep);
        if (count == 0) {
            throw new IllegalStateException(subject + " returned nothing for the sample");
        }
        System.out.println(String.format(Locale.ROOT, "subject=%s firstResultMs=%.1f uptimeMs=%d heapMB=%.1f cpuMs=%.0f",
                subject, firstResultNanos / 1e6, uptimeMs, heap / (1024.0 * 1024.0), cpuMs));
    }

    /** CPU time of the whole process so far (all threads: JIT and GC too), or NaN where the JVM cannot tell. */
    static double processCpuMillis() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            long t = os.getProcessCpuTime();
            return t < 0 ? Double.NaN : t / 1e6;
        }
        return Double.NaN;
    }
}
