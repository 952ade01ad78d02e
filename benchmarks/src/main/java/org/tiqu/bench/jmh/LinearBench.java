package org.tiqu.bench.jmh;

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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.tiqu.Extraction;
import org.tiqu.Extractor;

import java.util.concurrent.TimeUnit;

/**
 * Time of one full {@link Extractor#extract} against input length, to show it is linear: chars/s (size / time)
 * should be about the same at every size. Two shapes, both cut from the {@link Corpus}:
 * {@code line} is one line with no punctuation or whitespace at all (the worst case for sentence splitting),
 * {@code document} is the corpus documents joined by line breaks and repeated. Sizes ({@code lineSize},
 * {@code docSize}) are UTF-16 chars; the 1,000,000-char line and the 10,000,000-char document are the cases of issue 7.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g", "-Dfile.encoding=UTF-8"})
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 4, time = 10)
public class LinearBench {

    /** Shared by both shapes: the extractor and the corpus. */
    @State(Scope.Benchmark)
    public static class Base {
        /** Data directory with the corpus; blank = {@link Corpus#findDataDir(String) found} as documented there. */
        @Param("")
        public String dataDir;

        Corpus corpus;
        Extractor extractor;

        @Setup(Level.Trial)
        public void setUp() {
            corpus = Corpus.load(dataDir);
            extractor = Extractor.builder().keywords(Extractor.DEFAULT_KEYWORDS).build();
            extractor.extract(corpus.document(10_000));
        }
    }

    /** One line without punctuation. */
    @State(Scope.Benchmark)
    public static class Line {
        @Param({"100000", "1000000"})
        public int lineSize;
        String text;

        @Setup(Level.Trial)
        public void setUp(Base base) {
            text = base.corpus.unpunctuatedLine(lineSize);
        }
    }

    /** A long multi-paragraph document. */
    @State(Scope.Benchmark)
    public static class Document {
        @Param({"100000", "1000000", "10000000"})
        public int docSize;
        String text;

        @Setup(Level.Trial)
        public void setUp(Base base) {
            text = base.corpus.document(docSize);
        }
    }

    @Benchmark
    public Extraction line(Base base, Line line, CpuClock cpu) {
        cpu.add(line.text.length());
        return base.extractor.extract(line.text);
    }

    @Benchmark
    public Extraction document(Base base, Document doc, CpuClock cpu) {
        cpu.add(doc.text.length());
        return base.extractor.extract(doc.text);
    }
}
