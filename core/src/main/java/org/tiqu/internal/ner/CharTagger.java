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
 *
 * <p>Speed: the weights are laid out by what they are looked up with rather than by template. All templates of
 * one char (its unigram at offsets -3..+3 and its lexicon-code combinations) sit in one block, all templates of one
 * adjacent char pair (at offsets -2..+1) in one block, likewise trigrams, so a position costs a handful of memory
 * accesses instead of one per template. Templates with a small value domain are plain arrays.
 */
public final class CharTagger {
    /** Label layout: 0 = O; for type t (0 PERSON, 1 PLACE, 2 ORGANIZATION): 1+4t B, 2+4t I, 3+4t E, 4+4t S. */
    public static final int LABELS = 13;
    private static final int L = LABELS;
    private static final int MAGIC = 0x74714E53; // "tqNS"

    // char block: rows 0..6 = unigram at offset k (-3..3) as row k+3; rows 7..10 place code, 11..14 org code,
    // 15..18 word code (templates 13, 14, 26)
    private static final int CHAR_ROWS = 19;
    /** Template of the unigram at offset k, index k + 3. */
    private static final int[] UNIGRAM = {22, 0, 1, 2, 3, 4, 23};
    /** Bigram templates by the offset of the pair's first char relative to the position: -2 (t7), -1 (t5), 0 (t6), +1 (t8). */
    private static final int[] BIGRAM = {7, 5, 6, 8};
    /** Trigram templates by the offset of the first char: -2 (t20), -1 (t10), 0 (t21). */
    private static final int[] TRIGRAM = {20, 10, 21};
    private static final int SKIP = 9;

    private final float scale;
    private final float[] trans;
    private final int[] charBlock; // by char: offset into charRows, -1 none
    private final short[] charRows;
    private final PairTable bigrams, trigrams, skips;
    private final short[][] small; // by template: value * L + label, or null

    /**
     * @param templates   template id of each feature (see {@link NerFeatures#values})
     * @param values      template value of each feature
     * @param w           weights, features * LABELS
     * @param transitions (LABELS + 1) * LABELS transition weights, the first row for the start
     */
    public CharTagger(int[] templates, long[] values, float[] w, float[] transitions) {
        float max = 1e-9f;
        for (float x : w) {
            max = Math.max(max, Math.abs(x));
        }
        float s = max / 32767f;
        short[] q = new short[w.length];
        for (int i = 0; i < w.length; i++) {
            q[i] = (short) Math.round(w[i] / s);
        }
        this.scale = s;
        this.trans = transitions.clone();
        // place every feature in its table
        int[] charCount = new int[65536];
        Arrays.fill(charCount, -1);
        int chars = 0;
        int nb = 0, nt = 0, ns = 0;
        for (int f = 0; f < templates.length; f++) {
            int t = templates[f];
            int ch = charOf(t, values[f]);
            if (ch >= 0 && charCount[ch] < 0) {
                charCount[ch] = chars++;
            }
            nb += t == 5 || t == 6 || t == 7 || t == 8 ? 1 : 0;
            nt += t == 10 || t == 20 || t == 21 ? 1 : 0;
            ns += t == SKIP ? 1 : 0;
        }
        charBlock = new int[65536];
        Arrays.fill(charBlock, -1);
        for (int ch = 0; ch < 65536; ch++) {
            if (charCount[ch] >= 0) {
                charBlock[ch] = charCount[ch] * CHAR_ROWS * L;
            }
        }
        charRows = new short[chars * CHAR_ROWS * L];
        bigrams = new PairTable(nb, BIGRAM.length);
        trigrams = new PairTable(nt, TRIGRAM.length);
        skips = new PairTable(ns, 1);
        small = new short[NerFeatures.COUNT][];
        for (int f = 0; f < templates.length; f++) {
            int t = templates[f];
            long v = values[f];
            int src = f * L;
            int row = charRow(t, v);
            if (row >= 0) {
                System.arraycopy(q, src, charRows, charBlock[(int) (v & 0xFFFF)] + row * L, L);
            } else if (indexOf(BIGRAM, t) >= 0) {
                bigrams.put(v, indexOf(BIGRAM, t), q, src);
            } else if (indexOf(TRIGRAM, t) >= 0) {
                trigrams.put(v, indexOf(TRIGRAM, t), q, src);
            } else if (t == SKIP) {
                skips.put(v, 0, q, src);
            } else {
                int domain = NerFeatures.domain(t);
                if (domain == 0 || v < 0 || v >= domain) {
                    throw new IllegalArgumentException("template " + t + " value " + v + " has no table");
                }
                if (small[t] == null) {
                    small[t] = new short[domain * L];
                }
                System.arraycopy(q, src, small[t], (int) v * L, L);
            }
        }
    }

    private static int indexOf(int[] a, int t) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == t) {
                return i;
            }
        }
        return -1;
    }

    /** The char a char-block template is about, or -1 for other templates. */
    private static int charOf(int t, long v) {
        return charRow(t, v) >= 0 ? (int) (v & 0xFFFF) : -1;
    }

    /** Row within a char block, or -1 when template t is not stored by char. */
    private static int charRow(int t, long v) {
        int k = indexOf(UNIGRAM, t);
        if (k >= 0) {
            return k;
        }
        int code = (int) (v >>> 16) & 3;
        return switch (t) {
            case 13 -> 7 + code;
            case 14 -> 11 + code;
            case 26 -> 15 + code;
            default -> -1;
        };
    }

    /** Open addressing from a packed char pair/triple to a block of rows. */
    private static final class PairTable {
        final long[] keys;
        final short[] rows;
        final int mask, width;
        int used;

        PairTable(int n, int width) {
            int cap = Integer.highestOneBit(Math.max(16, n * 2)) << 1;
            keys = new long[cap];
            Arrays.fill(keys, -1L);
            rows = new short[cap * width * L];
            mask = cap - 1;
            this.width = width;
        }

        static int hash(long k) {
            k *= 0x9E3779B97F4A7C15L;
            return (int) (k ^ (k >>> 29));
        }

        int slot(long key) {
            int s = hash(key) & mask;
            long k;
            while ((k = keys[s]) != -1L) {
                if (k == key) {
                    return s;
                }
                s = (s + 1) & mask;
            }
            return -1 - s;
        }

        void put(long key, int part, short[] q, int src) {
            int s = slot(key);
            if (s < 0) {
                s = -1 - s;
                keys[s] = key;
                used++;
            }
            System.arraycopy(q, src, rows, (s * width + part) * L, L);
        }

        /** @return offset of the key's block in {@link #rows}, or -1 */
        int block(long key) {
            int s = slot(key);
            return s < 0 ? -1 : s * width * L;
        }
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

    /** Fills {@code scores[i * LABELS + y]} with the emission scores of each position. */
    void emissions(char[] c, int[] codes, float[] scores) {
        int n = c.length;
        int[] acc = new int[n * L];
        // padded chars: 3 sentinels each side, as NerFeatures.values sees them
        char[] p = new char[n + 6];
        Arrays.fill(p, 0, 3, NerFeatures.BOS);
        System.arraycopy(c, 0, p, 3, n);
        Arrays.fill(p, n + 3, n + 6, NerFeatures.EOS);
        for (int x = 0; x < p.length; x++) {
            int b = charBlock[p[x]];
            if (b >= 0) {
                // the char at padded x is at offset k of position i = x - 3 - k
                for (int k = -3; k <= 3; k++) {
                    int i = x - 3 - k;
                    if (i >= 0 && i < n) {
                        add(acc, i, charRows, b + (k + 3) * L);
                    }
                }
                int i = x - 3;
                if (i >= 0 && i < n) {
                    int g = codes[i];
                    add(acc, i, charRows, b + (7 + ((g >>> NerFeatures.PLACE_SHIFT) & 3)) * L);
                    add(acc, i, charRows, b + (11 + ((g >>> NerFeatures.ORG_SHIFT) & 3)) * L);
                    add(acc, i, charRows, b + (15 + ((g >>> NerFeatures.WORD_SHIFT) & 3)) * L);
                }
            }
            if (x + 1 < p.length) {
                int bb = bigrams.block((long) p[x] << 16 | p[x + 1]);
                if (bb >= 0) {
                    // pair starting at padded x is at offset o (-2..+1) of position i = x - 3 - o
                    for (int o = -2; o <= 1; o++) {
                        int i = x - 3 - o;
                        if (i >= 0 && i < n) {
                            add(acc, i, bigrams.rows, bb + (o + 2) * L);
                        }
                    }
                }
            }
            if (x + 2 < p.length) {
                long tri = (long) p[x] << 32 | (long) p[x + 1] << 16 | p[x + 2];
                int tb = trigrams.block(tri);
                if (tb >= 0) {
                    for (int o = -2; o <= 0; o++) {
                        int i = x - 3 - o;
                        if (i >= 0 && i < n) {
                            add(acc, i, trigrams.rows, tb + (o + 2) * L);
                        }
                    }
                }
                int sb = skips.block((long) p[x] << 16 | p[x + 2]);
                int i = x - 2;
                if (sb >= 0 && i >= 0 && i < n) {
                    add(acc, i, skips.rows, sb);
                }
            }
        }
        long[] v = new long[NerFeatures.COUNT];
        for (int i = 0; i < n; i++) {
            NerFeatures.smallValues(c, codes, i, v);
            for (int t = 0; t < NerFeatures.COUNT; t++) {
                short[] tab = small[t];
                if (tab != null) {
                    add(acc, i, tab, (int) v[t] * L);
                }
            }
        }
        for (int k = 0; k < n * L; k++) {
            scores[k] = acc[k] * scale;
        }
    }

    private static void add(int[] acc, int i, short[] w, int from) {
        int base = i * L;
        for (int y = 0; y < L; y++) {
            acc[base + y] += w[from + y];
        }
    }

    /** @return the best label of each position of the folded chars {@code c} */
    public int[] tag(char[] c, int[] codes) {
        int n = c.length;
        int[] out = new int[n];
        if (n == 0) {
            return out;
        }
        float[] score = new float[n * L];
        emissions(c, codes, score);
        viterbi(score, trans, n, out);
        return out;
    }

    /** Receives one decoded span: entity type index (0 PERSON, 1 PLACE, 2 ORGANIZATION), start, end (exclusive). */
    @FunctionalInterface
    public interface SpanSink {
        void span(int type, int start, int end);
    }

    /**
     * Turns a BIOES label path (0 = outside, else {@code 1 + 4 * type + kind}, kind 0 B, 1 I, 2 E, 3 S) into spans;
     * shared by extraction and the trainer's scorer so both read labels the same way.
     */
    public static void decode(int[] labels, SpanSink sink) {
        int start = -1;
        for (int i = 0; i < labels.length; i++) {
            int y = labels[i];
            if (y == 0) {
                start = -1;
                continue;
            }
            int type = (y - 1) >> 2, kind = (y - 1) & 3;
            if (kind == 0) {
                start = i;
            } else if (kind == 3) {
                sink.span(type, i, i + 1);
            } else if (kind == 2 && start >= 0) {
                sink.span(type, start, i + 1);
                start = -1;
            }
        }
    }

    /** Viterbi over {@code score} (emissions) with transitions {@code t}; writes the best path to {@code out}. */
    public static void viterbi(float[] score, float[] t, int n, int[] out) {
        float[] delta = new float[n * L];
        int[] back = new int[n * L];
        for (int y = 0; y < L; y++) {
            delta[y] = allowed(-1, y) ? t[y] + score[y] : Float.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            int pb = (i - 1) * L, b = i * L;
            for (int y = 0; y < L; y++) {
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int x : PREDECESSORS[y]) {
                    float v = delta[pb + x] + t[(x + 1) * L + y];
                    if (v > best) {
                        best = v;
                        arg = x;
                    }
                }
                delta[b + y] = best + score[b + y];
                back[b + y] = arg;
            }
        }
        int last = (n - 1) * L;
        float best = Float.NEGATIVE_INFINITY;
        int arg = 0;
        for (int y = 0; y < L; y++) {
            boolean closes = y == 0 || ((y - 1) & 3) >= 2;
            if (closes && delta[last + y] > best) {
                best = delta[last + y];
                arg = y;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            out[i] = arg;
            arg = back[i * L + arg];
        }
    }

    /** Valid previous labels of each label, so Viterbi skips impossible transitions without a test. */
    private static final int[][] PREDECESSORS = new int[L][];

    static {
        for (int b = 0; b < L; b++) {
            int k = 0;
            int[] p = new int[L];
            for (int a = 0; a < L; a++) {
                if (allowed(a, b)) {
                    p[k++] = a;
                }
            }
            PREDECESSORS[b] = Arrays.copyOf(p, k);
        }
    }

    /**
     * Writes a model: per feature its template and value, then its non-zero weights quantized to 16 bits.
     */
    public static void write(OutputStream os, int[] templates, long[] values, float[] w, float[] transitions)
            throws IOException {
        DataOutputStream out = new DataOutputStream(os);
        float max = 1e-9f;
        for (float v : w) {
            max = Math.max(max, Math.abs(v));
        }
        float scale = max / 32767f;
        out.writeInt(MAGIC);
        out.writeInt(L);
        out.writeInt(transitions.length);
        for (float v : transitions) {
            out.writeFloat(v);
        }
        out.writeInt(templates.length);
        out.writeFloat(scale);
        for (int f = 0; f < templates.length; f++) {
            out.writeByte(templates[f]);
            out.writeLong(values[f]);
            int m = 0;
            for (int y = 0; y < L; y++) {
                if (Math.round(w[f * L + y] / scale) != 0) {
                    m |= 1 << y;
                }
            }
            out.writeShort(m);
            for (int y = 0; y < L; y++) {
                if ((m & (1 << y)) != 0) {
                    out.writeShort(Math.round(w[f * L + y] / scale));
                }
            }
        }
        out.flush();
    }

    /** Reads a model written by {@link #write}. */
    public static CharTagger read(InputStream is) throws IOException {
        DataInputStream in = new DataInputStream(is);
        if (in.readInt() != MAGIC || in.readInt() != L) {
            throw new IOException("not a tiqu NER model (or an older format)");
        }
        float[] trans = new float[in.readInt()];
        for (int i = 0; i < trans.length; i++) {
            trans[i] = in.readFloat();
        }
        int n = in.readInt();
        float scale = in.readFloat();
        int[] templates = new int[n];
        long[] values = new long[n];
        float[] w = new float[n * L];
        for (int f = 0; f < n; f++) {
            templates[f] = in.readUnsignedByte();
            values[f] = in.readLong();
            int m = in.readUnsignedShort();
            for (int y = 0; y < L; y++) {
                if ((m & (1 << y)) != 0) {
                    w[f * L + y] = in.readShort() * scale;
                }
            }
        }
        return new CharTagger(templates, values, w, trans);
    }

    @Override
    public String toString() {
        return "CharTagger[" + charRows.length / (CHAR_ROWS * L) + " chars, " + bigrams.used + " bigrams, "
                + trigrams.used + " trigrams]";
    }
}
