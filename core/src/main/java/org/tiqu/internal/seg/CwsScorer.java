package org.tiqu.internal.seg;

import org.tiqu.internal.ml.LinearModel;

/**
 * A cache-friendly re-layout of a segmentation {@link LinearModel} whose scores equal those of
 * {@link CwsFeatures#extract} + {@link LinearModel#score} exactly, at a fraction of the memory traffic:
 * <ul>
 *   <li>the five unigram templates and the three lexicon-length-by-char templates of a char sit in one row of a
 *       dense per-char table (one lookup per char instead of eight per position), in 8 bits, multiples of
 *       {@link #charStep} (a row of 104 bytes instead of 208);</li>
 *   <li>the four bigram templates of a char pair sit in the pair's own 16-byte slot of a hash table, beside its key
 *       (one lookup per pair instead of four per position, and one cache miss where a slot pointing at a separate
 *       row took two: these misses were the scorer's largest cost). The weights are 8-bit multiples of
 *       {@link #pairStep} (PKU test F1 95.87, as with 16 bits), stored relative to label M: each template adds the
 *       same amount to all four labels of its position, which shifts every path's score alike and leaves the best
 *       path, ties included, as it was. So 12 bytes hold a pair. The few pairs whose differences leave a byte keep
 *       their four labels in a side table;</li>
 *   <li>the small class/repeat/lexicon templates (11, 12, 13, 18) sit in dense tables indexed by their values
 *       (no hashing: they were most of the remaining {@code LinearModel.score} time).</li>
 * </ul>
 * Then a BMES-specialized Viterbi. Immutable and thread-safe; per-call buffers come from {@link Buffers}.
 */
final class CwsScorer {
    private static final int L = 4;
    private static final int UNI = 5 * L;          // templates 1..5
    private static final int LEXC = 3 * 7 * L;     // templates 14..16, lengths 0..6
    private static final int ROW = UNI + LEXC;

    private final char[] charIndex = new char[65536]; // 0 = char without weights
    private final byte[] charRows;
    private final int charStep;
    /**
     * Two longs per slot: {@code (a << 16 | b) << 32} with relative weight bytes 0-3 in the low half, then bytes
     * 4-11; byte 3t + k is template 6 + t, label k (B, E, S) minus label M. All zero = empty slot. A first byte of
     * {@link #WIDE} marks a pair whose weights are in {@link #widePairs} instead, at the index in the slot's second
     * long.
     */
    private final long[] pairSlots;
    /** Pairs whose relative weights leave a byte: templates 6..9 x 4 labels each, absolute (16 per pair). */
    private final byte[] widePairs;
    private static final byte WIDE = Byte.MIN_VALUE; // never a relative weight: those lie within ±BYTE_LEVELS
    private final int pairStep;
    private final int pairMask;
    private static final int NC = 9;                 // char classes 0..8 (CwsFeatures.HAN..DOT)
    private static final int LEN = 7;                // lexicon lengths 0..6
    private final short[] classW = new short[NC * NC * NC * NC * NC * L]; // template 11, base-9 class window
    private final short[] repeatW = new short[8 * NC * L];                // template 12: rep * 9 + class
    private final short[] lexW = new short[LEN * LEN * LEN * L];          // template 13: (s * 7 + e) * 7 + in
    private final short[] lexCtxW = new short[LEN * LEN * LEN * LEN * L]; // template 18
    private final int[] trans = new int[L * L];
    private final int[] start = new int[L];
    private final int[] end = new int[L];

    /** Steps from zero a char or char-pair weight may take, either way: the weights fit a byte. */
    static final int BYTE_LEVELS = 127;

    /** Whether a feature key is of a char-pair template (6..9), whose weights this scorer keeps in bytes. */
    static boolean pairTemplate(long key) {
        int t = (int) (key >>> 56);
        return t >= 6 && t <= 9;
    }

    /** Whether a feature key is of a template stored by char (1..5, 14..16), whose weights this scorer keeps in bytes. */
    static boolean charTemplate(long key) {
        int t = (int) (key >>> 56);
        return (t >= 1 && t <= 5) || (t >= 14 && t <= 16);
    }

    /**
     * @param m        the model, its char-pair weights multiples of {@code pairStep} and its char weights multiples of
     *                 {@code charStep}, each within {@link #BYTE_LEVELS} steps of zero ({@link LinearModel#roundedBy})
     * @param pairStep that step for the char-pair templates
     * @param charStep that step for the templates stored by char
     */
    CwsScorer(LinearModel m, int pairStep, int charStep) {
        // pass 1: which chars carry weights, and how many distinct pairs (primitive arrays only: this runs at
        // start-up, where a boxed map of ~100k pairs cost tens of ms)
        int[] chars = {1};
        int[] pairList = new int[m.featureCount()];
        int[] pairCount = {0};
        m.forEachFeature((key, w) -> {
            int t = (int) (key >>> 56);
            long v = key & 0x00FF_FFFF_FFFF_FFFFL;
            if ((t >= 1 && t <= 5) || (t >= 14 && t <= 16)) {
                char c = t <= 5 ? (char) v : (char) (v & 0xFFFF);
                if (charIndex[c] == 0) {
                    charIndex[c] = (char) chars[0]++;
                }
            } else if (t >= 6 && t <= 9) {
                if ((int) v == 0) {
                    throw new IllegalStateException("pair key 0");
                }
                pairList[pairCount[0]++] = (int) v;
            }
        });
        if (chars[0] > 0xFFFF) {
            throw new IllegalStateException("too many chars for the char table");
        }
        java.util.Arrays.sort(pairList, 0, pairCount[0]);
        int distinct = 0;
        for (int i = 0; i < pairCount[0]; i++) {
            distinct += i == 0 || pairList[i] != pairList[i - 1] ? 1 : 0;
        }
        int cap = Integer.highestOneBit(Math.max(16, distinct + distinct / 2)) << 1;
        pairMask = cap - 1;
        long[] keyOf = new long[cap]; // while building: key << 32 | where the pair's weights start in pairShorts
        short[] pairShorts = new short[distinct * 4 * L];
        int[] nextPair = {0};
        this.charStep = charStep;
        charRows = new byte[chars[0] * ROW];
        // pass 2: lay the weights out
        m.forEachFeature((key, w) -> {
            int t = (int) (key >>> 56);
            long v = key & 0x00FF_FFFF_FFFF_FFFFL;
            if (t >= 1 && t <= 5) {
                putBytes(w, charStep, charRows, charIndex[(char) v] * ROW + (t - 1) * L);
                return;
            }
            if (t >= 14 && t <= 16) {
                int len = (int) (v >>> 16);
                putBytes(w, charStep, charRows, charIndex[(char) (v & 0xFFFF)] * ROW + UNI + ((t - 14) * 7 + len) * L);
                return;
            }
            if (t >= 6 && t <= 9) {
                int k = (int) v;
                int slot = pairSlot(k);
                while (keyOf[slot] != 0 && (int) (keyOf[slot] >>> 32) != k) {
                    slot = (slot + 1) & pairMask;
                }
                if (keyOf[slot] == 0) {
                    keyOf[slot] = (long) k << 32 | nextPair[0]++ * 4 * L;
                }
                System.arraycopy(w, 0, pairShorts, (int) keyOf[slot] + (t - 6) * L, L);
                return;
            }
            int iv = (int) v;
            int idx = switch (t) {
                case 11 -> digits(iv, 5, 4, NC);
                case 12 -> (iv >>> 16) < 8 && (iv & 0xFFFF) < NC ? (iv >>> 16) * NC + (iv & 0xFFFF) : -1;
                case 13 -> digits(iv, 3, 4, LEN);
                case 18 -> digits(iv, 4, 4, LEN);
                default -> -1;
            };
            if (idx < 0 || v != iv) {
                return; // not a dense template, or a value the feature code never produces (never fires)
            }
            short[] dst = t == 11 ? classW : t == 12 ? repeatW : t == 13 ? lexW : lexCtxW;
            System.arraycopy(w, 0, dst, idx * L, L);
        });
        this.pairStep = pairStep;
        byte[] absolute = new byte[pairShorts.length];
        putBytes(pairShorts, pairStep, absolute, 0);
        pairSlots = new long[2 * cap];
        java.io.ByteArrayOutputStream wide = new java.io.ByteArrayOutputStream();
        for (int slot = 0; slot < cap; slot++) {
            if (keyOf[slot] == 0) {
                continue;
            }
            int at = (int) keyOf[slot];
            long lo = 0, hi = 0;
            boolean fits = true;
            for (int t = 0; t < 4; t++) {
                int mid = absolute[at + t * L + CwsModel.M];
                for (int k = 0; k < 3; k++) {
                    int d = absolute[at + t * L + RELATIVE[k]] - mid;
                    fits &= Math.abs(d) <= BYTE_LEVELS;
                    int b = 3 * t + k;
                    if (b < 4) {
                        lo |= (long) (d & 0xFF) << (8 * b);
                    } else {
                        hi |= (long) (d & 0xFF) << (8 * (b - 4));
                    }
                }
            }
            if (!fits) {
                lo = WIDE & 0xFF;
                hi = wide.size();
                wide.write(absolute, at, 4 * L);
            }
            pairSlots[2 * slot] = keyOf[slot] & 0xFFFF_FFFF_0000_0000L | lo;
            pairSlots[2 * slot + 1] = hi;
        }
        widePairs = wide.toByteArray();
        for (int p = 0; p < L; p++) {
            for (int y = 0; y < L; y++) {
                trans[p * L + y] = m.transition(p, y);
            }
            start[p] = m.startWeight(p);
            end[p] = m.endWeight(p);
        }
    }

    /** Stores weights that are multiples of {@code step} within {@link #BYTE_LEVELS} steps of zero as bytes. */
    private static void putBytes(short[] w, int step, byte[] to, int at) {
        for (int y = 0; y < w.length; y++) {
            int q = w[y] / step;
            if (q * step != w[y] || Math.abs(q) > BYTE_LEVELS) {
                throw new IllegalArgumentException("weight " + w[y] + " is no byte multiple of " + step);
            }
            to[at + y] = (byte) q;
        }
    }

    /** {@code count} fields of {@code bits} bits each (most significant first) as a base-{@code base} index. */
    private static int digits(int v, int count, int bits, int base) {
        if (v >>> (count * bits) != 0) {
            return -1;
        }
        int idx = 0;
        for (int k = count - 1; k >= 0; k--) {
            int d = (v >>> (k * bits)) & ((1 << bits) - 1);
            if (d >= base) {
                return -1;
            }
            idx = idx * base + d;
        }
        return idx;
    }

    /** Labels stored per pair template, relative to label M, in this order. */
    private static final int[] RELATIVE = {CwsModel.B, CwsModel.E, CwsModel.S};

    /** @return the slot of char pair {@code k} (index of its first long), -1 when it has none */
    private int probePair(int k) {
        int s = pairSlot(k);
        long found;
        while ((found = pairSlots[2 * s]) != 0 && (int) (found >>> 32) != k) {
            s = (s + 1) & pairMask;
        }
        return found == 0 ? -1 : 2 * s;
    }

    /** Keys {@code a << 16 | b} of the pairs kept in the side table (for tests). */
    int[] widePairKeys() {
        int[] keys = new int[widePairs.length / (4 * L)];
        for (int s = 0; s < pairSlots.length; s += 2) {
            if ((byte) pairSlots[s] == WIDE && pairSlots[s] != 0) {
                keys[(int) pairSlots[s + 1] / (4 * L)] = (int) (pairSlots[s] >>> 32);
            }
        }
        return keys;
    }

    private int pairSlot(int k) {
        return (int) ((k * 0x9E3779B97F4A7C15L) >>> 40) & pairMask;
    }

    /** Per-call work arrays, grown on demand. */
    static final class Buffers {
        char[] pad = new char[260];
        int[] rows = new int[260];
        byte[] cls = new byte[260];
        int[] em = new int[256 * L];
        int[] lex = new int[256];
        int[] pairAt = new int[260];
        byte[] back = new byte[256 * L];

        void ensure(int n) {
            if (pad.length < n + 4) {
                pad = new char[2 * n + 4];
                rows = new int[2 * n + 4];
                cls = new byte[2 * n + 4];
                em = new int[2 * n * L];
                lex = new int[2 * n];
                pairAt = new int[2 * n + 4];
                back = new byte[2 * n * L];
            }
        }
    }

    /** Emission scores of {@code text[from, to)} into {@code b.em}, equal to the generic feature path. */
    void emissions(CharSequence text, int from, int to, Lexicon lexicon, Buffers b) {
        int n = to - from;
        b.ensure(n);
        char[] pad = b.pad;
        int[] rows = b.rows;
        int[] em = b.em;
        java.util.Arrays.fill(em, 0, n * L, 0);
        pad[0] = CwsFeatures.BOS;
        pad[1] = CwsFeatures.BOS;
        for (int i = 0; i < n; i++) {
            pad[i + 2] = CwsFeatures.canon(text.charAt(from + i));
        }
        pad[n + 2] = CwsFeatures.EOS;
        pad[n + 3] = CwsFeatures.EOS;
        byte[] cls = b.cls;
        for (int j = 0; j < n + 4; j++) {
            rows[j] = charIndex[pad[j]] * ROW;
            cls[j] = (byte) CwsFeatures.charClass(pad[j]);
        }
        final byte[] cr = charRows;
        final int cs = charStep;
        // unigrams: position i sees pad[i .. i+4] through templates 1..5
        for (int i = 0; i < n; i++) {
            int o = i * L;
            int e0 = 0, e1 = 0, e2 = 0, e3 = 0;
            for (int t = 0; t < 5; t++) {
                int r = rows[i + t] + t * L;
                e0 += cr[r];
                e1 += cr[r + 1];
                e2 += cr[r + 2];
                e3 += cr[r + 3];
            }
            em[o] += e0 * cs;
            em[o + 1] += e1 * cs;
            em[o + 2] += e2 * cs;
            em[o + 3] += e3 * cs;
        }
        // bigrams: pair (pad[j], pad[j+1]) is template 6 of position j, 7 of j-1, 8 of j-2, 9 of j-3. The table
        // lookups come first, in a loop of their own: they are independent cache misses, and a short loop lets the
        // CPU have many of them in flight at once (inside the weight loop below it had a few)
        final long[] ps = pairSlots;
        final int step = pairStep;
        int[] pairAt = b.pairAt;
        for (int j = 0; j < n + 3; j++) {
            int k = pad[j] << 16 | pad[j + 1];
            int s = 2 * pairSlot(k);
            long found = ps[s];
            pairAt[j] = found == 0 ? -1 : (int) (found >>> 32) == k ? s : probePair(k);
        }
        for (int j = 0; j < n + 3; j++) {
            int s = pairAt[j];
            if (s < 0) {
                continue;
            }
            long lo = ps[s], hi = ps[s + 1];
            if ((byte) lo == WIDE) {
                addWide(em, n, j, (int) hi, step);
                continue;
            }
            // bytes 3t..3t+2 are template 6 + t, which scores position j - t: labels B, E, S relative to M
            for (int t = 0; t < 4; t++) {
                int i = j - t;
                if (i >= 0 && i < n) {
                    int o = i * L;
                    em[o + CwsModel.B] += relative(lo, hi, 3 * t) * step;
                    em[o + CwsModel.E] += relative(lo, hi, 3 * t + 1) * step;
                    em[o + CwsModel.S] += relative(lo, hi, 3 * t + 2) * step;
                }
            }
        }
        int[] lex = b.lex;
        if (lexicon != null) {
            lexicon.match(text, from, to, lex);
        }
        final short[] cw = classW;
        final short[] rw = repeatW;
        final short[] lw = lexW;
        final short[] xw = lexCtxW;
        for (int i = 0; i < n; i++) {
            char p2 = pad[i];
            char p1 = pad[i + 1];
            char c0 = pad[i + 2];
            char n1 = pad[i + 3];
            int o = i * L;
            int ci = ((((cls[i] * NC + cls[i + 1]) * NC + cls[i + 2]) * NC + cls[i + 3]) * NC + cls[i + 4]) * L;
            int rep = (c0 == p1 ? 1 : 0) | (c0 == p2 ? 2 : 0) | (c0 == n1 ? 4 : 0);
            int ri = (rep * NC + cls[i + 2]) * L;
            for (int y = 0; y < L; y++) {
                em[o + y] += cw[ci + y] + rw[ri + y];
            }
            if (lexicon != null) {
                int m = lex[i];
                int s = Math.min(m & 0xF, 6);
                int e = Math.min((m >> 4) & 0xF, 6);
                int in = Math.min((m >> 8) & 0xF, 6);
                int prevEnd = i > 0 ? Math.min((lex[i - 1] >> 4) & 0xF, 6) : 0;
                int nextStart = i + 1 < n ? Math.min(lex[i + 1] & 0xF, 6) : 0;
                int li = ((s * LEN + e) * LEN + in) * L;
                int xi = (((prevEnd * LEN + s) * LEN + e) * LEN + nextStart) * L;
                int r = rows[i + 2] + UNI;
                int rs = r + s * L;
                int re = r + (7 + e) * L;
                int rin = r + (14 + in) * L;
                for (int y = 0; y < L; y++) {
                    em[o + y] += (cr[rs + y] + cr[re + y] + cr[rin + y]) * cs + lw[li + y] + xw[xi + y];
                }
            }
        }
    }

    /** Relative weight byte {@code b} (0-11) of a pair slot. */
    private static int relative(long lo, long hi, int b) {
        return b < 4 ? (byte) (lo >>> (8 * b)) : (byte) (hi >>> (8 * (b - 4)));
    }

    /** Adds the absolute weights of a side-table pair starting at pad index {@code j}. */
    private void addWide(int[] em, int n, int j, int at, int step) {
        for (int t = 0; t < 4; t++) {
            int i = j - t;
            if (i >= 0 && i < n) {
                for (int y = 0; y < L; y++) {
                    em[i * L + y] += widePairs[at + t * L + y] * step;
                }
            }
        }
    }

    /** BMES Viterbi over {@code b.em}; writes labels into {@code out}. */
    void decode(Buffers b, int n, int[] out) {
        final int[] em = b.em;
        final byte[] back = b.back;
        final int[] t = trans;
        final int bB = CwsModel.B;
        final int bM = CwsModel.M;
        final int bE = CwsModel.E;
        final int bS = CwsModel.S;
        long sB = (long) em[bB] + start[bB];
        long sM = (long) em[bM] + start[bM];
        long sE = (long) em[bE] + start[bE];
        long sS = (long) em[bS] + start[bS];
        for (int i = 1; i < n; i++) {
            int o = i * L;
            // B and S follow E or S; M and E follow B or M
            long fromEB = sE + t[bE * L + bB];
            long fromSB = sS + t[bS * L + bB];
            long fromES = sE + t[bE * L + bS];
            long fromSS = sS + t[bS * L + bS];
            long fromBM = sB + t[bB * L + bM];
            long fromMM = sM + t[bM * L + bM];
            long fromBE = sB + t[bB * L + bE];
            long fromME = sM + t[bM * L + bE];
            long nB;
            long nM;
            long nE;
            long nS;
            if (fromEB >= fromSB) {
                nB = fromEB;
                back[o + bB] = (byte) bE;
            } else {
                nB = fromSB;
                back[o + bB] = (byte) bS;
            }
            if (fromES >= fromSS) {
                nS = fromES;
                back[o + bS] = (byte) bE;
            } else {
                nS = fromSS;
                back[o + bS] = (byte) bS;
            }
            if (fromBM >= fromMM) {
                nM = fromBM;
                back[o + bM] = (byte) bB;
            } else {
                nM = fromMM;
                back[o + bM] = (byte) bM;
            }
            if (fromBE >= fromME) {
                nE = fromBE;
                back[o + bE] = (byte) bB;
            } else {
                nE = fromME;
                back[o + bE] = (byte) bM;
            }
            sB = nB + em[o + bB];
            sM = nM + em[o + bM];
            sE = nE + em[o + bE];
            sS = nS + em[o + bS];
        }
        sB += end[bB];
        sM += end[bM];
        sE += end[bE];
        sS += end[bS];
        int arg = bB;
        long best = sB;
        if (sM > best) {
            best = sM;
            arg = bM;
        }
        if (sE > best) {
            best = sE;
            arg = bE;
        }
        if (sS > best) {
            arg = bS;
        }
        for (int i = n - 1; i >= 0; i--) {
            out[i] = arg;
            if (i > 0) {
                arg = back[i * L + arg];
            }
        }
    }
}
