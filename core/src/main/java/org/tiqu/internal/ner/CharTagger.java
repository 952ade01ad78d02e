package org.tiqu.internal.ner;

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
 * <p>Speed: a feature's weights are stored relative to its weight for O (w[y] - w[O]: every path takes one label per
 * position, so the constant shift per position leaves the best path as it was), so O scores 0 and twelve labels are
 * left. They are requantized to {@link #WEIGHT_BITS} bits (held-out F1 within ±0.12 of 16 bits; 8 bits cost
 * ORGANIZATION up to 1.1 points) and stored as rows of {@link #W} longs (24 bytes), four labels per long in 16-bit lanes
 * ({@code d * 2^48 + c * 2^32 + b * 2^16 + a}, so adding packed rows adds all four labels exactly as long as no lane's
 * sum leaves 16 bits, which the 26 rows of 10-bit weights a position sums cannot; a row costs 3 additions instead of
 * 12, and the rows a char reads take fewer cache lines).
 * Rows are laid out by what they are looked up with rather than by template: all rows of one char (its unigram at
 * offsets -3..+3 and its lexicon-code combinations) sit in one block, and each char pair has one hash slot holding
 * its key and where its rows start, only the rows that exist being stored. A missing feature points at an
 * all-zero row, so the sum has no branches. Sums are exact integers, the same as summing the quantized weights one
 * by one.
 */
public final class CharTagger {
    /** Label layout: 0 = O; for type t (0 PERSON, 1 PLACE, 2 ORGANIZATION): 1+4t B, 2+4t I, 3+4t E, 4+4t S. */
    public static final int LABELS = 13;
    private static final int L = LABELS;
    /** Bits of a stored weight (sign included): a weight lies within ±(2^(WEIGHT_BITS-1) - 1). */
    static final int WEIGHT_BITS = 10;
    private static final int MAX_Q = (1 << (WEIGHT_BITS - 1)) - 1;
    /** Labels per long: four 16-bit lanes, so sums of the weights over a position never leave their lane. */
    private static final int LANES = 4, LANE_BITS = 16;
    /** Longs per packed weight row: labels 4j+1..4j+4 in long j (O is not stored: it scores 0). */
    private static final int W = (L - 1 + LANES - 1) / LANES;
    private static final int MAGIC = 0x74714E53; // "tqNS"

    // char block: rows 0..6 = unigram at offset k (-3..3) as row k+3; then the lexicon-code rows of templates 13
    // (place code), 14 (org code), 26 (word code): code 0 of each in rows 7, 8, 9, codes 1..3 in rows 10..18. Code 0
    // is by far the most frequent, so the rows a position mostly reads sit together in the block's first lines.
    private static final int CHAR_ROWS = 19;
    /** Template of the unigram at offset k, index k + 3. */
    private static final int[] UNIGRAM = {22, 0, 1, 2, 3, 4, 23};
    /** Bigram templates by the offset of the pair's first char relative to the position: -2 (t7), -1 (t5), 0 (t6), +1 (t8). */
    private static final int[] BIGRAM = {7, 5, 6, 8};
    /**
     * Templates looked up by value in a plain table ({@link NerFeatures#domain} non-zero and not stored by char),
     * with rows from {@link NerFeatures#smallRows}.
     */
    private static final int[] SMALL = smallTemplates();

    private static int[] smallTemplates() {
        int[] out = new int[NerFeatures.COUNT];
        int k = 0;
        for (int t = 0; t < NerFeatures.COUNT; t++) {
            boolean byChar = indexOf(UNIGRAM, t) >= 0 || t == 13 || t == 14 || t == 26;
            if (NerFeatures.domain(t) > 0 && !byChar) {
                out[k++] = t;
            }
        }
        return Arrays.copyOf(out, k);
    }

    /** Weight rows summed per position: 7 unigram, 3 lexicon code, 4 bigram, the small ones. */
    private static final int ROWS_PER_POSITION = 14 + SMALL.length;

    static {
        if (!Arrays.equals(SMALL, NerFeatures.SMALL)) {
            throw new AssertionError("NerFeatures.smallRows writes other templates than the tagger's small ones");
        }
        if ((long) ROWS_PER_POSITION * (MAX_Q + 1) >= 1L << (LANE_BITS - 1) || W * LANES < L - 1) {
            throw new AssertionError("a position's sum could leave its " + LANE_BITS + "-bit lane");
        }
    }

    private final float scale;
    private final float[] trans;
    /** All weight rows, {@link #W} longs each; row 0 (and the first char block) is all zero. */
    private final long[] rows;
    private final int[] charBlock; // by char: first row of its block, 0 (the zero block) when unknown
    private final PairTable bigrams;
    private final int[] smallBase = new int[NerFeatures.COUNT]; // by template: row of value 0, or -1
    private final int chars;

    /**
     * @param templates   template id of each feature (see {@link NerFeatures#values})
     * @param values      template value of each feature
     * @param w           weights, features * LABELS
     * @param transitions (LABELS + 1) * LABELS transition weights, the first row for the start
     */
    public CharTagger(int[] templates, long[] values, float[] w, float[] transitions) {
        this(templates, values, quantize(w, scaleOf(w)), scaleOf(w), transitions);
    }

    /** Scale of 16-bit weights: the largest |weight| maps to 32767. */
    private static float scaleOf(float[] w) {
        float max = 1e-9f;
        for (float x : w) {
            max = Math.max(max, Math.abs(x));
        }
        return max / 32767f;
    }

    private static short[] quantize(float[] w, float s) {
        short[] q = new short[w.length];
        for (int i = 0; i < w.length; i++) {
            q[i] = (short) Math.round(w[i] / s);
        }
        return q;
    }

    /** @param q weights quantized with {@code s}, features * LABELS */
    private CharTagger(int[] templates, long[] values, short[] q, float s, float[] transitions) {
        // drop features whose every weight is tiny: fewer rows to load and to fetch per position
        // (into new arrays: the public constructor's arrays belong to the caller)
        int kept = 0;
        for (int f = 0; f < templates.length; f++) {
            kept += significant(q, f) ? 1 : 0;
        }
        if (kept < templates.length) {
            int[] t = new int[kept];
            long[] v = new long[kept];
            short[] w = new short[kept * L];
            for (int f = 0, k = 0; f < templates.length; f++) {
                if (significant(q, f)) {
                    t[k] = templates[f];
                    v[k] = values[f];
                    System.arraycopy(q, f * L, w, k * L, L);
                    k++;
                }
            }
            templates = t;
            values = v;
            q = w;
        }
        // relative to O, requantized to WEIGHT_BITS bits
        int maxDiff = 0;
        for (int f = 0; f < templates.length; f++) {
            for (int y = 1; y < L; y++) {
                maxDiff = Math.max(maxDiff, Math.abs(q[f * L + y] - q[f * L]));
            }
        }
        double factor = maxDiff > MAX_Q ? (double) MAX_Q / maxDiff : 1;
        short[] rel = new short[templates.length * L];
        for (int f = 0; f < templates.length; f++) {
            for (int y = 1; y < L; y++) {
                rel[f * L + y] = (short) Math.round((q[f * L + y] - q[f * L]) * factor);
            }
        }
        q = rel;
        s = (float) (s / factor);
        this.scale = s;
        this.trans = transitions.clone();
        // first pass: which chars, pair keys (with their parts) and small templates exist
        charBlock = new int[65536];
        int nChars = 0;
        // pair features as key << 2 | part, sorted below so each key's parts are adjacent
        long[] big = new long[templates.length];
        int[] bigF = new int[templates.length];
        int[] pairRow = new int[templates.length]; // row of each pair feature, set by PairTable
        int nBig = 0;
        for (int f = 0; f < templates.length; f++) {
            int t = templates[f];
            long v = values[f];
            if (charRow(t, v) >= 0) {
                int ch = (int) (v & 0xFFFF);
                if (charBlock[ch] == 0) {
                    charBlock[ch] = ++nChars; // block number, 0 = zero block
                }
            } else if (BIGRAM_PART[t] >= 0) {
                bigF[nBig] = f;
                big[nBig++] = v << 2 | BIGRAM_PART[t];
            } else if (!NerFeatures.used(t)) {
                throw new IllegalArgumentException("template " + t + " is not used by this version (an older model?)");
            } else {
                int domain = NerFeatures.domain(t);
                if (domain == 0 || v < 0 || v >= domain || indexOf(SMALL, t) < 0) {
                    throw new IllegalArgumentException("template " + t + " value " + v + " has no table");
                }
            }
        }
        this.chars = nChars;
        int next = (nChars + 1) * CHAR_ROWS; // rows used by the char blocks (block 0 = zeros)
        for (int ch = 0; ch < 65536; ch++) {
            charBlock[ch] *= CHAR_ROWS;
        }
        bigrams = new PairTable(big, bigF, nBig, next, pairRow);
        next += bigrams.rowCount;
        Arrays.fill(smallBase, -1);
        for (int t : SMALL) {
            smallBase[t] = next;
            next += NerFeatures.domain(t);
        }
        rows = new long[next * W];
        for (int f = 0; f < templates.length; f++) {
            int t = templates[f];
            long v = values[f];
            int src = f * L;
            int row = charRow(t, v);
            if (row >= 0) {
                pack(q, src, rows, (charBlock[(int) (v & 0xFFFF)] + row) * W);
            } else if (BIGRAM_PART[t] >= 0) {
                pack(q, src, rows, pairRow[f] * W);
            } else {
                pack(q, src, rows, (smallBase[t] + (int) v) * W);
            }
        }
    }

    /**
     * Features whose weights all stay below this many quantization steps (1.2% of the model's largest weight) are
     * dropped when a tagger is built. On a held-out slice of the training split (train 01–24, score 25–27) this
     * removed 76% of the features with F1 unchanged within ±0.2 per type; twice the threshold cost 0.4–0.5.
     */
    static final int MIN_WEIGHT = 400;

    private static boolean significant(short[] q, int f) {
        for (int y = 0; y < L; y++) {
            if (Math.abs(q[f * L + y]) >= MIN_WEIGHT) {
                return true;
            }
        }
        return false;
    }

    /** Packs the weights of labels 1..L-1 at {@code q[src]} into W longs at {@code to[at]}. */
    private static void pack(short[] q, int src, long[] to, int at) {
        for (int j = 0; j < W; j++) {
            long v = 0;
            for (int k = 0; k < LANES && 1 + LANES * j + k < L; k++) {
                v += (long) q[src + 1 + LANES * j + k] << (LANE_BITS * k);
            }
            to[at + j] = v;
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

    /** By template: the part of a bigram block it is, or -1; the unigram offset row, or -1. */
    private static final int[] BIGRAM_PART = parts(BIGRAM), UNIGRAM_ROW = parts(UNIGRAM);

    private static int[] parts(int[] templates) {
        int[] p = new int[256];
        Arrays.fill(p, -1);
        for (int i = 0; i < templates.length; i++) {
            p[templates[i]] = i;
        }
        return p;
    }

    /** Row within a char block of code {@code code} (0..3) of lexicon-code template {@code k} (0: 13, 1: 14, 2: 26). */
    private static int codeRow(int k, int code) {
        return code == 0 ? 7 + k : 10 + 3 * k + code - 1;
    }

    /** {@link #codeRow} by {@code k * 4 + code}. */
    private static final int[] CODE_ROW = {7, 10, 11, 12, 8, 13, 14, 15, 9, 16, 17, 18};

    /** Row within a char block, or -1 when template t is not stored by char. */
    private static int charRow(int t, long v) {
        int k = UNIGRAM_ROW[t];
        if (k >= 0) {
            return k;
        }
        int code = (int) (v >>> 16) & 3;
        return switch (t) {
            case 13 -> codeRow(0, code);
            case 14 -> codeRow(1, code);
            case 26 -> codeRow(2, code);
            default -> -1;
        };
    }

    /**
     * Open addressing from a packed char pair to its rows: each slot holds the key and
     * {@code firstRow << 4 | parts}, where bit k of parts says the row of part k exists; present rows are consecutive.
     */
    private static final class PairTable {
        final long[] slots; // key, meta; meta 0 = empty
        final int mask;
        final int rowCount;
        /**
         * Bit per hashed key (16 KB, stays in L1/L2): many char pairs of a text have no rows, and this answers that
         * without a probe into the slots.
         */
        final long[] present = new long[1 << (FILTER_BITS - 6)];
        static final int FILTER_BITS = 17;

        /**
         * @param keyParts {@code key << 2 | part} of {@code n} features (sorted here, with {@code feats})
         * @param feats    their feature numbers
         * @param rowOf    receives the row of each feature, by feature number
         */
        PairTable(long[] keyParts, int[] feats, int n, int firstRow, int[] rowOf) {
            sort(keyParts, feats, n);
            int keys = 0;
            for (int i = 0; i < n; i++) {
                keys += i == 0 || keyParts[i] >>> 2 != keyParts[i - 1] >>> 2 ? 1 : 0;
            }
            int cap = Integer.highestOneBit(Math.max(16, keys * 2)) << 1;
            slots = new long[cap * 2];
            mask = cap - 1;
            int next = firstRow;
            for (int i = 0; i < n; ) {
                long key = keyParts[i] >>> 2;
                int m = 0, j = i;
                for (; j < n && keyParts[j] >>> 2 == key; j++) {
                    m |= 1 << (int) (keyParts[j] & 3);
                }
                for (; i < j; i++) {
                    int part = (int) (keyParts[i] & 3);
                    rowOf[feats[i]] = next + Integer.bitCount(m & ((1 << part) - 1));
                }
                int s = hash(key) & mask;
                while (slots[2 * s + 1] != 0) {
                    s = (s + 1) & mask;
                }
                slots[2 * s] = key;
                slots[2 * s + 1] = (long) next << 4 | m;
                int bit = hash(key) >>> (32 - FILTER_BITS);
                present[bit >>> 6] |= 1L << bit;
                next += Integer.bitCount(m);
            }
            rowCount = next - firstRow;
        }

        /** LSD radix sort of {@code k[0, n)} carrying {@code f} along (16-bit digits; passes with one digit skipped). */
        static void sort(long[] k, int[] f, int n) {
            long[] k2 = new long[n];
            int[] f2 = new int[n];
            int[] count = new int[65537];
            long[] ka = k, kb = k2;
            int[] fa = f, fb = f2;
            for (int shift = 0; shift < 64; shift += 16) {
                Arrays.fill(count, 0);
                for (int i = 0; i < n; i++) {
                    count[(int) (ka[i] >>> shift & 0xFFFF) + 1]++;
                }
                if (n == 0 || count[(int) (ka[0] >>> shift & 0xFFFF) + 1] == n) {
                    continue; // every key has this digit: the pass would change nothing
                }
                for (int d = 0; d < 65536; d++) {
                    count[d + 1] += count[d];
                }
                for (int i = 0; i < n; i++) {
                    int at = count[(int) (ka[i] >>> shift & 0xFFFF)]++;
                    kb[at] = ka[i];
                    fb[at] = fa[i];
                }
                long[] kt = ka;
                ka = kb;
                kb = kt;
                int[] ft = fa;
                fa = fb;
                fb = ft;
            }
            if (ka != k) {
                System.arraycopy(ka, 0, k, 0, n);
                System.arraycopy(fa, 0, f, 0, n);
            }
        }

        static int hash(long k) {
            k *= 0x9E3779B97F4A7C15L;
            return (int) (k ^ (k >>> 29));
        }

        /** @return firstRow << 4 | parts of the key, or 0 when absent */
        long meta(long key) {
            int h = hash(key);
            int bit = h >>> (32 - FILTER_BITS);
            if ((present[bit >>> 6] & 1L << bit) == 0) {
                return 0;
            }
            int s = h & mask;
            long m;
            while ((m = slots[2 * s + 1]) != 0) {
                if (slots[2 * s] == key) {
                    return m;
                }
                s = (s + 1) & mask;
            }
            return 0;
        }

        /** @return the row of part {@code part} of a key given its meta, 0 (the zero row) when absent */
        static int row(long meta, int part) {
            int parts = (int) meta & 15;
            if ((parts & (1 << part)) == 0) {
                return 0;
            }
            return (int) (meta >>> 4) + Integer.bitCount(parts & ((1 << part) - 1));
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

    /** Per-thread work arrays, grown as needed, so tagging a sentence allocates nothing but its result. */
    private static final class Scratch {
        char[] p = new char[0];
        int[] classes = new int[0];
        int[] rowsAt = new int[0]; // per padded x: the rows of bigram parts 0..3 of the pair starting there
        float[] score = new float[0], delta = new float[0];
        byte[] back = new byte[0];
        final int[] rowIdx = new int[ROWS_PER_POSITION];
        long touched; // keeps the touching loop of emissions from being optimised away

        void ensure(int n) {
            if (p.length < n + 6) {
                int cap = Math.max(n + 6, p.length * 2);
                p = new char[cap];
                classes = new int[cap];
                rowsAt = new int[cap * 4];
                score = new float[cap * L];
                delta = new float[cap * L];
                back = new byte[cap * L];
            }
        }
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /** Fills {@code scores[i * LABELS + y]} with the emission scores of each position of {@code c}. */
    void emissions(char[] c, int[] codes, int[] word, float[] scores, Scratch s) {
        int n = c.length;
        char[] p = s.p;
        int[] at = s.rowsAt;
        // padded chars: 3 sentinels each side, as NerFeatures.values sees them
        p[0] = p[1] = p[2] = NerFeatures.BOS;
        System.arraycopy(c, 0, p, 3, n);
        p[n + 3] = p[n + 4] = p[n + 5] = NerFeatures.EOS;
        int len = n + 6;
        for (int x = 0; x + 1 < len; x++) {
            int o = x * 4;
            long m = bigrams.meta((long) p[x] << 16 | p[x + 1]);
            at[o] = PairTable.row(m, 0);
            at[o + 1] = PairTable.row(m, 1);
            at[o + 2] = PairTable.row(m, 2);
            at[o + 3] = PairTable.row(m, 3);
        }
        int[] classes = s.classes;
        NerFeatures.charClasses(c, classes);
        long[] r = rows;
        int[] cb = charBlock;
        // touch every line of the sentence's char blocks and pair rows first, in a loop of independent loads, so
        // their cache misses overlap instead of stalling the sums below one position at a time
        long touched = 0;
        for (int x = 0; x < len; x++) {
            int o = cb[p[x]] * W;
            for (int k = 0; k < CHAR_ROWS * W; k += 8) {
                touched += r[o + k];
            }
            touched += r[at[x * 4] * W] + r[at[x * 4 + 1] * W] + r[at[x * 4 + 2] * W] + r[at[x * 4 + 3] * W];
        }
        s.touched = touched;
        for (int i = 0; i < n; i++) {
            long a0 = 0, a1 = 0, a2 = 0;
            int x = i + 3; // padded index of the position
            int g = codes[i];
            int b0 = cb[p[x]];
            int[] ri = s.rowIdx;
            // 7 unigram rows, 3 lexicon-code rows, 4 bigram, then the small templates
            ri[0] = cb[p[x - 3]];
            ri[1] = cb[p[x - 2]] + 1;
            ri[2] = cb[p[x - 1]] + 2;
            ri[3] = b0 + 3;
            ri[4] = cb[p[x + 1]] + 4;
            ri[5] = cb[p[x + 2]] + 5;
            ri[6] = cb[p[x + 3]] + 6;
            ri[7] = b0 + CODE_ROW[(g >>> NerFeatures.PLACE_SHIFT) & 3];
            ri[8] = b0 + CODE_ROW[4 + ((g >>> NerFeatures.ORG_SHIFT) & 3)];
            ri[9] = b0 + CODE_ROW[8 + ((g >>> NerFeatures.WORD_SHIFT) & 3)];
            ri[10] = at[(x - 2) * 4];
            ri[11] = at[(x - 1) * 4 + 1];
            ri[12] = at[x * 4 + 2];
            ri[13] = at[(x + 1) * 4 + 3];
            NerFeatures.smallRows(codes, word, i, classes[i], classes[i + 1], classes[i + 2], smallBase, ri, 14);
            for (int k = 0; k < ROWS_PER_POSITION; k++) {
                int o = ri[k] * W;
                a0 += r[o];
                a1 += r[o + 1];
                a2 += r[o + 2];
            }
            int b = i * L;
            scores[b] = 0;
            unpack(a0, scores, b + 1, scale);
            unpack(a1, scores, b + 5, scale);
            unpack(a2, scores, b + 9, scale);
        }
    }

    /** The signed low lane of a packed sum. */
    private static long lane(long a) {
        return a << (64 - LANE_BITS) >> (64 - LANE_BITS);
    }

    /** Unpacks four lanes; exact while each lane's sum stays within 16 signed bits (see the class comment). */
    private static void unpack(long a, float[] scores, int at, float scale) {
        long s0 = lane(a);
        a = (a - s0) >> LANE_BITS;
        long s1 = lane(a);
        a = (a - s1) >> LANE_BITS;
        long s2 = lane(a);
        a = (a - s2) >> LANE_BITS;
        scores[at] = s0 * scale;
        scores[at + 1] = s1 * scale;
        scores[at + 2] = s2 * scale;
        scores[at + 3] = a * scale;
    }

    /** @return the best label of each position of the folded chars {@code c} */
    public int[] tag(char[] c, int[] codes) {
        int[] out = new int[c.length];
        tag(c, codes, 0, c.length, out);
        return out;
    }

    /**
     * Tags the sentence {@code c[from, to)} (chars and codes outside it are not looked at) and writes its labels to
     * {@code out[0, to - from)}.
     */
    public void tag(char[] c, int[] codes, int from, int to, int[] out) {
        tag(c, codes, null, from, to, out, null);
    }

    /**
     * As {@link #tag(char[], int[], int, int, int[])}, with the segmenter's words ({@link NerFeatures#wordInfo},
     * indexed like {@code c}; null: none); with {@code personness} (indexed like {@code c}), also writes at each
     * position of the sentence how far the best PERSON label's emission score lies above the outside label's (the
     * tagger's own evidence for a name there, whatever it decided in the end).
     */
    public void tag(char[] c, int[] codes, int[] word, int from, int to, int[] out, float[] personness) {
        int n = to - from;
        if (n <= 0) {
            return;
        }
        if (from != 0 || to != c.length) {
            // the feature values see the sentence alone (its ends are BOS / EOS)
            c = Arrays.copyOfRange(c, from, to);
            codes = Arrays.copyOfRange(codes, from, to);
            word = word == null ? null : Arrays.copyOfRange(word, from, to);
        }
        // sentences are short (Sentences.MAX_LENGTH); a caller tagging something huge gets arrays it does not keep
        Scratch s = n <= 4096 ? SCRATCH.get() : new Scratch();
        s.ensure(n);
        emissions(c, codes, word, s.score, s);
        if (personness != null) {
            float[] e = s.score;
            for (int i = 0; i < n; i++) {
                int o = i * L;
                personness[from + i] = Math.max(Math.max(e[o + 1], e[o + 2]), Math.max(e[o + 3], e[o + 4])) - e[o];
            }
        }
        viterbi(s.score, trans, n, out, s.delta, s.back);
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
        if (n > 0) {
            viterbi(score, t, n, out, new float[n * L], new byte[n * L]);
        }
    }

    /** Labels that close any open span (O, E, S), ascending: the only predecessors of O, B and S. */
    private static final int[] CLOSED = {0, 3, 4, 7, 8, 11, 12};
    /** Labels whose predecessors are {@link #CLOSED}: O, B, S. */
    private static final int[] AFTER_CLOSED = {0, 1, 4, 5, 8, 9, 12};

    /**
     * As {@link #viterbi(float[], float[], int, int[])} with caller-owned work arrays. Written out for BIOES: O, B
     * and S follow O/E/S, I and E follow B/I of their own type; each maximum is taken in ascending label order with
     * a strict comparison, so ties resolve as a plain loop over {@link #allowed} predecessors would.
     */
    static void viterbi(float[] score, float[] t, int n, int[] out, float[] delta, byte[] back) {
        for (int y = 0; y < L; y++) {
            delta[y] = allowed(-1, y) ? t[y] + score[y] : Float.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            int pb = (i - 1) * L, b = i * L;
            float d0 = delta[pb], d3 = delta[pb + 3], d4 = delta[pb + 4], d7 = delta[pb + 7], d8 = delta[pb + 8],
                    d11 = delta[pb + 11], d12 = delta[pb + 12];
            for (int y : AFTER_CLOSED) {
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                float v = d0 + t[L + y];
                if (v > best) {
                    best = v;
                    arg = 0;
                }
                v = d3 + t[4 * L + y];
                if (v > best) {
                    best = v;
                    arg = 3;
                }
                v = d4 + t[5 * L + y];
                if (v > best) {
                    best = v;
                    arg = 4;
                }
                v = d7 + t[8 * L + y];
                if (v > best) {
                    best = v;
                    arg = 7;
                }
                v = d8 + t[9 * L + y];
                if (v > best) {
                    best = v;
                    arg = 8;
                }
                v = d11 + t[12 * L + y];
                if (v > best) {
                    best = v;
                    arg = 11;
                }
                v = d12 + t[13 * L + y];
                if (v > best) {
                    best = v;
                    arg = 12;
                }
                delta[b + y] = best + score[b + y];
                back[b + y] = (byte) arg;
            }
            for (int bl = 1; bl < L; bl += 4) { // B of each type; I = bl + 1, E = bl + 2
                float dB = delta[pb + bl], dI = delta[pb + bl + 1];
                for (int y = bl + 1; y <= bl + 2; y++) {
                    float best = Float.NEGATIVE_INFINITY;
                    int arg = 0;
                    float v = dB + t[(bl + 1) * L + y];
                    if (v > best) {
                        best = v;
                        arg = bl;
                    }
                    v = dI + t[(bl + 2) * L + y];
                    if (v > best) {
                        best = v;
                        arg = bl + 1;
                    }
                    delta[b + y] = best + score[b + y];
                    back[b + y] = (byte) arg;
                }
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

    static {
        for (int k = 0; k < 3; k++) {
            for (int code = 0; code < 4; code++) {
                if (CODE_ROW[k * 4 + code] != codeRow(k, code)) {
                    throw new AssertionError("CODE_ROW differs from codeRow at " + k + ", " + code);
                }
            }
        }
        // the written-out recurrence above relies on this predecessor structure
        for (int b = 0; b < L; b++) {
            for (int a = 0; a < L; a++) {
                boolean closed = Arrays.binarySearch(CLOSED, a) >= 0, afterClosed = Arrays.binarySearch(AFTER_CLOSED, b) >= 0;
                if (allowed(a, b) != (afterClosed ? closed : !closed && a > 0 && (a - 1) >> 2 == (b - 1) >> 2)) {
                    throw new AssertionError("BIOES predecessors changed at " + a + " -> " + b);
                }
            }
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
        // read whole, then parse from memory: per-field stream calls cost more than the inflation itself
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(is.readAllBytes()); // big-endian, as DataOutputStream
        try {
            if (in.getInt() != MAGIC || in.getInt() != L) {
                throw new IOException("not a tiqu NER model (or an older format)");
            }
            float[] trans = new float[in.getInt()];
            for (int i = 0; i < trans.length; i++) {
                trans[i] = in.getFloat();
            }
            int n = in.getInt();
            float scale = in.getFloat();
            int[] templates = new int[n];
            long[] values = new long[n];
            short[] q = new short[n * L];
            int maxQ = 0;
            for (int f = 0; f < n; f++) {
                templates[f] = in.get() & 0xFF;
                values[f] = in.getLong();
                int m = in.getShort() & 0xFFFF;
                for (int y = 0; y < L; y++) {
                    if ((m & (1 << y)) != 0) {
                        q[f * L + y] = in.getShort();
                        maxQ = Math.max(maxQ, Math.abs(q[f * L + y]));
                    }
                }
            }
            if (maxQ == 32767) {
                // as written by write(): requantizing the weights q * scale (what the float constructor would do)
                // gives q back, as the largest maps to 32767 again and the new scale differs from the file's by
                // a rounding far below half a step; the scale is the one it would compute
                return new CharTagger(templates, values, q, Math.max(1e-9f, maxQ * scale) / 32767f, trans);
            }
            float[] w = new float[n * L];
            for (int i = 0; i < w.length; i++) {
                w[i] = q[i] * scale;
            }
            return new CharTagger(templates, values, w, trans);
        } catch (java.nio.BufferUnderflowException e) {
            throw new IOException("truncated tiqu NER model", e);
        }
    }

    /** @return how many weight rows the tagger holds (a row per kept feature, plus shared blocks) */
    int rowCount() {
        return rows.length / W;
    }

    @Override
    public String toString() {
        return "CharTagger[" + chars + " chars, " + bigrams.rowCount + " bigram rows, " + rows.length / W + " rows]";
    }
}
