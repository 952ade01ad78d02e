package org.tiqu.internal.seg;

import org.tiqu.internal.ml.FeatureBuffer;
import org.tiqu.internal.ml.LinearModel;

import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The word segmentation model: a BMES character tagger ({@link LinearModel}) plus the lexicon its features read.
 * {@link #split} cuts a run of non-space chars into words. Immutable and thread-safe.
 */
public final class CwsModel {
    /** Label ids of the BMES tags, in model order. */
    public static final int B = 0;
    public static final int M = 1;
    public static final int E = 2;
    public static final int S = 3;
    public static final List<String> LABELS = List.of("B", "M", "E", "S");
    /** The model shipped in the jar. */
    public static final String RESOURCE = "/org/tiqu/models/cws.bin.gz";

    private static final int MAGIC = 0x54514357; // "TQCW"
    private static final int VERSION = 1;

    private final LinearModel source;
    private final LinearModel model;
    private final Lexicon lexicon;
    private final List<String> words;
    private final CwsScorer scorer;

    public CwsModel(LinearModel model, List<String> lexiconWords, int maxWordLength) {
        if (!model.labels().equals(LABELS)) {
            throw new IllegalArgumentException("not a BMES model: " + model.labels());
        }
        this.source = model;
        // char and char-pair weights in 8 bits (see CwsScorer), for both paths, so the generic one stays the reference
        int step = model.roundingStep(CwsScorer::pairTemplate, CwsScorer.BYTE_LEVELS);
        int charStep = model.roundingStep(CwsScorer::charTemplate, CwsScorer.BYTE_LEVELS);
        LinearModel rounded = model.roundedBy(key -> CwsScorer.pairTemplate(key) ? step
                : CwsScorer.charTemplate(key) ? charStep : 0);
        this.model = rounded.withAllowedTransitions(CwsModel::allowed);
        this.words = List.copyOf(lexiconWords);
        this.lexicon = lexiconWords.isEmpty() ? null : new Lexicon(lexiconWords, maxWordLength);
        this.scorer = new CwsScorer(rounded, step, charStep);
    }

    /** BMES well-formedness: B and M continue a word, E and S end one. */
    public static boolean allowed(String prev, String next) {
        boolean open = prev.equals("B") || prev.equals("M");
        boolean cont = next.equals("M") || next.equals("E");
        return open == cont;
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    /** The lexicon's words, sorted. */
    public List<String> lexiconWords() {
        return words;
    }

    /** The model tagging uses: the stored one with its char and char-pair weights rounded to 8 bits. */
    public LinearModel model() {
        return model;
    }

    /** The model as trained and stored. */
    public LinearModel source() {
        return source;
    }

    /** Loads the model shipped in the jar, its lexicon with the {@link FactNames} added. */
    public static CwsModel load() {
        try (InputStream in = CwsModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("segmentation model " + RESOURCE + " missing from the classpath");
            }
            return read(in, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read segmentation model " + RESOURCE, e);
        }
    }

    /** Reads a gzipped model written by {@link #write}. */
    public static CwsModel read(InputStream raw) throws IOException {
        return read(raw, false);
    }

    private static CwsModel read(InputStream raw, boolean factNames) throws IOException {
        java.io.DataInput in = org.tiqu.internal.ml.BytesInput.gunzip(raw);
        if (in.readInt() != MAGIC || in.readInt() != VERSION) {
            throw new IOException("not a tiqu segmentation model (or a different version)");
        }
        int maxLen = in.readInt();
        int n = in.readInt();
        List<String> words = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            words.add(in.readUTF());
        }
        return new CwsModel(LinearModel.read(in), factNames ? FactNames.with(words, maxLen) : words, maxLen);
    }

    /** Writes the model gzipped. */
    public void write(OutputStream raw) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16);
        DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(gz, 1 << 16));
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(lexicon == null ? 8 : lexicon.maxLength());
        out.writeInt(words.size());
        for (String w : words) {
            out.writeUTF(w);
        }
        source.write(out);
        out.flush();
        gz.finish();
    }

    /**
     * Tags {@code text[from, to)} (no whitespace inside) and writes the BMES label of every char into
     * {@code labels[0..to-from)}.
     */
    public void tag(CharSequence text, int from, int to, FeatureBuffer buffer, int[] scratch, int[] labels) {
        buffer.clear();
        CwsFeatures.extract(text, from, to, lexicon, scratch, buffer);
        model.viterbi(buffer, labels);
    }

    /** Per-call work arrays for {@link #tagFast}. */
    static CwsScorer.Buffers buffers() {
        return new CwsScorer.Buffers();
    }

    /** Same labels as {@link #tag}, through the re-laid-out {@link CwsScorer} (the run-time path). */
    void tagFast(CharSequence text, int from, int to, CwsScorer.Buffers buffers, int[] labels) {
        scorer.emissions(text, from, to, lexicon, buffers);
        scorer.decode(buffers, to - from, labels);
    }

    /** The run-time scorer (for tests). */
    CwsScorer scorer() {
        return scorer;
    }

    /**
     * Emission scores of the fast path (for tests that compare it with the generic path). Each position's scores may
     * differ from the generic path's by a constant for all four labels (see {@link CwsScorer}).
     */
    int[] fastEmissions(CharSequence text, int from, int to) {
        CwsScorer.Buffers b = new CwsScorer.Buffers();
        scorer.emissions(text, from, to, lexicon, b);
        return java.util.Arrays.copyOf(b.em, (to - from) * 4);
    }

    /** Features of a span, exactly as {@link #tag} computes them (for training). */
    public static void features(CharSequence text, int from, int to, Lexicon lexicon, FeatureBuffer buffer) {
        CwsFeatures.extract(text, from, to, lexicon, new int[to - from], buffer);
    }
}
