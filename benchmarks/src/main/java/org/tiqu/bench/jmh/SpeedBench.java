package org.tiqu.bench.jmh;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Other.DoubleArrayTrieSegment;
import com.hankcs.hanlp.seg.Segment;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.ThreadParams;
import org.tiqu.Extraction;
import org.tiqu.Extractor;
import org.tiqu.internal.HotPath;
import org.tiqu.internal.seg.Word;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Throughput of tiqu and of raw HanLP on the same real-text {@link Corpus}, in one JMH run so that ratios hold even on
 * a noisy machine. One operation is one document; the {@code chars} secondary metric is characters per second
 * (summed over threads; the few operations JMH runs while threads line up at iteration edges count too, well under
 * 1% of an iteration). {@code cpuChars} and {@code cpuMillis} give chars per CPU-second of the benchmark threads. With {@code -t 2} both threads share one extractor / segment, as an application would.
 *
 * <p>Defaults here are the full mode; {@link Bench} runs the quick and full modes with their own settings.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xmx2g", "-Dfile.encoding=UTF-8"})
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 6, time = 2)
public class SpeedBench {
    /** Data directory with the corpus; blank = {@link Corpus#findDataDir(String) found} as documented there. */
    @Param("")
    public String dataDir;

    String[] docs;
    HotPath hotPath;
    Extractor extractor;
    Segment viterbi;
    Segment viterbiPlaceOrg;
    Segment doubleArrayTrie;

    @Setup(Level.Trial)
    public void setUp() {
        List<String> list = Corpus.load(dataDir).documents();
        docs = list.toArray(new String[0]);
        extractor = Extractor.builder().keywords(Extractor.DEFAULT_KEYWORDS).build();
        hotPath = HotPath.of(extractor);
        viterbi = HanLP.newSegment();
        viterbiPlaceOrg = HanLP.newSegment().enablePlaceRecognize(true).enableOrganizationRecognize(true);
        doubleArrayTrie = new DoubleArrayTrieSegment();
        // one pass each before timing: loads every lazily loaded HanLP model outside the measurement
        for (int i = 0; i < Math.min(50, docs.length); i++) {
            extractor.extract(docs[i]);
            viterbi.seg(docs[i]);
            viterbiPlaceOrg.seg(docs[i]);
            doubleArrayTrie.seg(docs[i]);
        }
    }

    /** Per-thread position in the corpus and the chars processed (reported as chars/s). */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Cursor {
        /** Characters processed in this iteration; JMH reports it per second and sums it over threads. */
        public long chars;
        private int next = -1;

        @Setup(Level.Iteration)
        public void reset(ThreadParams threads) {
            chars = 0;
            if (next < 0) {
                // threads start apart so they do not work on the same document at the same time
                next = threads.getThreadIndex() * 997;
            }
        }

        /** The next {@code count} documents (wrapping around), counted as processed. */
        List<String> nextDocuments(String[] docs, CpuClock cpu, int count) {
            List<String> out = new java.util.ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                out.add(nextDocument(docs, cpu));
            }
            return out;
        }

        String nextDocument(String[] docs, CpuClock cpu) {
            if (next >= docs.length) {
                next %= docs.length;
            }
            String d = docs[next++];
            chars += d.length();
            cpu.add(d.length());
            return d;
        }
    }

    /** tiqu's segmentation hot path alone: normalizer + segmenter. */
    @Benchmark
    public List<Word> tiquSegmentation(Cursor c, CpuClock cpu) {
        return hotPath.segment(c.nextDocument(docs, cpu));
    }

    /** tiqu's full extraction: every recognizer, resolver, reference date and 10 keywords. */
    @Benchmark
    public Extraction tiquExtract(Cursor c, CpuClock cpu) {
        return extractor.extract(c.nextDocument(docs, cpu));
    }

    /** Documents per operation of {@link #tiquExtractAll}: about 300 K chars of the corpus. */
    static final int BATCH = 2000;

    /**
     * tiqu's full extraction of many documents at once ({@link Extractor#extractAll}, as a user with a pile of news
     * items or a file of lines would call it): one operation is the next {@link #BATCH} documents.
     */
    @Benchmark
    public List<Extraction> tiquExtractAll(Cursor c, CpuClock cpu) {
        return extractor.extractAll(c.nextDocuments(docs, cpu, BATCH));
    }

    /** Reference: raw HanLP Viterbi as {@code HanLP.newSegment()} gives it. */
    @Benchmark
    public Object hanlpViterbi(Cursor c, CpuClock cpu) {
        return viterbi.seg(c.nextDocument(docs, cpu));
    }

    /** Reference: raw HanLP Viterbi with place and organisation recognition on. */
    @Benchmark
    public Object hanlpViterbiPlaceOrg(Cursor c, CpuClock cpu) {
        return viterbiPlaceOrg.seg(c.nextDocument(docs, cpu));
    }

    /** Reference ceiling: HanLP's dictionary lookup segmenter (no model at all). */
    @Benchmark
    public Object hanlpDoubleArrayTrie(Cursor c, CpuClock cpu) {
        return doubleArrayTrie.seg(c.nextDocument(docs, cpu));
    }
}
