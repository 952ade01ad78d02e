package org.tiqu.internal.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * A linear-chain character tagger (BIOES for PERSON, PLACE, ORGANIZATION) with weights learnt by an averaged
 * structured perceptron (see {@code org.tiqu.bench.train.ner.TrainNer}). Decoding is Viterbi restricted to valid
 * BIOES transitions. Immutable after construction; {@link #tag} is safe from many threads.
 */
public final class CharTagger {
    /** Label layout: 0 = O; for type t (0 PERSON, 1 PLACE, 2 ORGANIZATION): 1+4t B, 2+4t I, 3+4t E, 4+4t S. */
    public static final int LABELS = 13;
    private static final int MAGIC = 0x74714E52; // "tqNR"

    private final int[] keys;
    private final int[] rows; // row index + 1, 0 = empty slot
    private final short[] weights; // row * LABELS + label, quantized: real weight = value * scale
    private final float scale;
    private final float[] trans; // (from + 1) * LABELS + to; from = -1 is the start
    private final int mask;
    private final int[][] dense; // per template with a small value domain: row by value (-1 none), else null

    /**
     * @param featureKeys 64-bit feature keys (see {@link NerFeatures#keys})
     * @param w           weights, featureKeys.length * LABELS
     * @param transitions (LABELS + 1) * LABELS transition weights, the first row for the start
     */
    public CharTagger(long[] featureKeys, float[] w, float[] transitions) {
        int cap = Integer.highestOneBit(Math.max(16, featureKeys.length * 2)) << 1;
        keys = new int[cap];
        rows = new int[cap];
        mask = cap - 1;
        for (int r = 0; r < featureKeys.length; r++) {
            int k = key32(featureKeys[r]);
            int s = k & mask;
            while (rows[s] != 0) {
                s = (s + 1) & mask;
            }
            keys[s] = k;
            rows[s] = r + 1;
        }
        float max = 1e-9f;
        for (float x : w) {
            max = Math.max(max, Math.abs(x));
        }
        scale = max / 32767f;
        weights = new short[w.length];
        for (int i = 0; i < w.length; i++) {
            weights[i] = (short) Math.round(w[i] / scale);
        }
        trans = transitions.clone();
        dense = denseRows();
    }

    private CharTagger(int[] keys, int[] rows, short[] weights, float scale, float[] trans) {
        this.keys = keys;
        this.rows = rows;
        this.weights = weights;
        this.scale = scale;
        this.trans = trans;
        this.mask = keys.length - 1;
        this.dense = denseRows();
    }

    /** Direct row tables for templates with small value domains, so most features cost no hash probe. */
    private int[][] denseRows() {
        int[][] d = new int[NerFeatures.COUNT][];
        for (int t = 0; t < NerFeatures.COUNT; t++) {
            int size = NerFeatures.domain(t);
            if (size > 0) {
                d[t] = new int[size];
                for (int v = 0; v < size; v++) {
                    d[t][v] = row(NerFeatures.key(t, v));
                }
            }
        }
        return d;
    }

    static int key32(long k) {
        return (int) (k ^ (k >>> 32));
    }

    /** @return the row of a feature key, or -1 when the model does not know it */
    private int row(long key) {
        int k = key32(key);
        int s = k & mask;
        int r;
        while ((r = rows[s]) != 0) {
            if (keys[s] == k) {
                return r - 1;
            }
            s = (s + 1) & mask;
        }
        return -1;
    }

    /** Valid BIOES transition from label a (-1 = start) to label b. */
    public static boolean allowed(int a, int b) {
        boolean aOpen = a > 0 && ((a - 1) & 3) < 2; // B or I
        if (b == 0) {
            return !aOpen;
        }
        int bt = (b - 1) >> 2, bk = (b - 1) & 3;
        if (bk == 0 || bk == 3) { // B or S
            return !aOpen;
        }
        return aOpen && ((a - 1) >> 2) == bt; // I or E continue an open span of the same type
    }

    /** Fills {@code scores[i * LABELS + y]} with the emission scores of position i. */
    void emissions(char[] c, int[] codes, float[] scores) {
        long[] v = new long[NerFeatures.COUNT];
        int[] acc = new int[LABELS];
        for (int i = 0; i < c.length; i++) {
            NerFeatures.values(c, codes, i, v);
            java.util.Arrays.fill(acc, 0);
            for (int t = 0; t < NerFeatures.COUNT; t++) {
                int[] d = dense[t];
                int r = d != null ? d[(int) v[t]] : row(NerFeatures.key(t, v[t]));
                if (r >= 0) {
                    int wb = r * LABELS;
                    for (int y = 0; y < LABELS; y++) {
                        acc[y] += weights[wb + y];
                    }
                }
            }
            int base = i * LABELS;
            for (int y = 0; y < LABELS; y++) {
                scores[base + y] = acc[y] * scale;
            }
        }
    }

    /** @return the best label of each position of the folded chars {@code c} */
    public int[] tag(char[] c, int[] codes) {
        int n = c.length;
        int[] out = new int[n];
        if (n == 0) {
            return out;
        }
        float[] score = new float[n * LABELS];
        emissions(c, codes, score);
        viterbi(score, trans, n, out);
        return out;
    }

    /** Viterbi over {@code score} (emissions) with transitions {@code t}; writes the best path to {@code out}. */
    public static void viterbi(float[] score, float[] t, int n, int[] out) {
        float[] delta = new float[n * LABELS];
        int[] back = new int[n * LABELS];
        for (int y = 0; y < LABELS; y++) {
            delta[y] = allowed(-1, y) ? t[y] + score[y] : Float.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            int pb = (i - 1) * LABELS, b = i * LABELS;
            for (int y = 0; y < LABELS; y++) {
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int x : PREDECESSORS[y]) {
                    float v = delta[pb + x] + t[(x + 1) * LABELS + y];
                    if (v > best) {
                        best = v;
                        arg = x;
                    }
                }
                delta[b + y] = best + score[b + y];
                back[b + y] = arg;
            }
        }
        int last = (n - 1) * LABELS;
        float best = Float.NEGATIVE_INFINITY;
        int arg = 0;
        for (int y = 0; y < LABELS; y++) {
            boolean closes = y == 0 || ((y - 1) & 3) >= 2;
            if (closes && delta[last + y] > best) {
                best = delta[last + y];
                arg = y;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            out[i] = arg;
            arg = back[i * LABELS + arg];
        }
    }

    private static final boolean[] ALLOWED = new boolean[LABELS * LABELS];

    /** Valid previous labels of each label, so Viterbi skips impossible transitions without a test. */
    private static final int[][] PREDECESSORS = new int[LABELS][];

    static {
        for (int a = 0; a < LABELS; a++) {
            for (int b = 0; b < LABELS; b++) {
                ALLOWED[a * LABELS + b] = allowed(a, b);
            }
        }
        for (int b = 0; b < LABELS; b++) {
            int k = 0;
            int[] p = new int[LABELS];
            for (int a = 0; a < LABELS; a++) {
                if (allowed(a, b)) {
                    p[k++] = a;
                }
            }
            PREDECESSORS[b] = Arrays.copyOf(p, k);
        }
    }

    /**
     * Writes the model: weights quantized to 16 bits, only the non-zero ones (a bit mask per feature).
     */
    public static void write(OutputStream os, long[] featureKeys, float[] w, float[] transitions) throws IOException {
        DataOutputStream out = new DataOutputStream(os);
        float max = 1e-9f;
        for (float v : w) {
            max = Math.max(max, Math.abs(v));
        }
        float scale = max / 32767f;
        out.writeInt(MAGIC);
        out.writeInt(LABELS);
        out.writeInt(transitions.length);
        for (float v : transitions) {
            out.writeFloat(v);
        }
        out.writeInt(featureKeys.length);
        out.writeFloat(scale);
        for (int r = 0; r < featureKeys.length; r++) {
            out.writeInt(key32(featureKeys[r]));
            int m = 0;
            for (int y = 0; y < LABELS; y++) {
                if (Math.round(w[r * LABELS + y] / scale) != 0) {
                    m |= 1 << y;
                }
            }
            out.writeShort(m);
            for (int y = 0; y < LABELS; y++) {
                if ((m & (1 << y)) != 0) {
                    out.writeShort(Math.round(w[r * LABELS + y] / scale));
                }
            }
        }
        out.flush();
    }

    /** Reads a model written by {@link #write}. */
    public static CharTagger read(InputStream is) throws IOException {
        DataInputStream in = new DataInputStream(is);
        if (in.readInt() != MAGIC || in.readInt() != LABELS) {
            throw new IOException("not a tiqu NER model");
        }
        float[] trans = new float[in.readInt()];
        for (int i = 0; i < trans.length; i++) {
            trans[i] = in.readFloat();
        }
        int n = in.readInt();
        float scale = in.readFloat();
        int cap = Integer.highestOneBit(Math.max(16, n * 2)) << 1;
        int[] keys = new int[cap];
        int[] rows = new int[cap];
        short[] w = new short[n * LABELS];
        int msk = cap - 1;
        for (int r = 0; r < n; r++) {
            int k = in.readInt();
            int m = in.readUnsignedShort();
            for (int y = 0; y < LABELS; y++) {
                if ((m & (1 << y)) != 0) {
                    w[r * LABELS + y] = in.readShort();
                }
            }
            int s = k & msk;
            while (rows[s] != 0) {
                s = (s + 1) & msk;
            }
            keys[s] = k;
            rows[s] = r + 1;
        }
        return new CharTagger(keys, rows, w, scale, trans);
    }

    @Override
    public String toString() {
        return "CharTagger[" + weights.length / LABELS + " features]";
    }
}
