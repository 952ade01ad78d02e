package org.tiqu.internal.ml;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * A trained linear sequence labeler (averaged perceptron weights quantized to 16 bits): per-feature label weights,
 * first-order label transitions and start/end weights. Decodes a {@link FeatureBuffer} with Viterbi, or label by
 * label (greedy) with {@link #best}. Immutable and thread-safe.
 *
 * <p>Usage: build a {@link FeatureBuffer} for a sequence with your own templates (keys from {@link Features}),
 * then {@code model.viterbi(buffer, labels)}. Train with {@link PerceptronTrainer}; store with {@link #write} /
 * {@link #read} (wrap the streams in gzip and a buffered stream yourself: unbuffered gzip streams inflate byte by byte). Label ids index {@link #labels()}.
 *
 * <p>Weights live in one open-addressing table: each slot is a key long followed by the label weights packed four
 * 16-bit values to a long, so one lookup touches one cache line.
 */
public final class LinearModel {
    private static final int MAGIC = 0x54514C4D; // "TQLM"
    private static final int VERSION = 1;
    static final int NO_PREV = -1;

    /**
     * Up to this many labels the weights sit next to their key; beyond it, only a feature's non-zero weights are
     * kept, as (label, weight) entries in {@link #sparse} (perceptron rows are sparse: few labels ever get updated).
     */
    static final int INLINE_LABELS = 8;

    private final String[] labels;
    private final int numLabels;
    private final int stride;
    private final long[] table;
    private final int[] sparse; // wide models: label << 16 | weight; slot value = start << 32 | count; else null
    private final int mask;
    private final int shift;
    private final int features;
    private final float scale;
    private final int[] start;
    private final int[] end;
    private final int[] trans; // trans[prev * L + next]
    private final boolean[] allowed; // optional hard constraints (same layout as trans), or null

    LinearModel(String[] labels, long[] keys, short[] weights, float scale, int[] start, int[] end, int[] trans) {
        this.labels = labels.clone();
        this.numLabels = labels.length;
        boolean inline = numLabels <= INLINE_LABELS;
        this.stride = inline ? 1 + (numLabels + 3) / 4 : 2;
        this.features = keys.length;
        int cap = Integer.highestOneBit(Math.max(16, keys.length + keys.length / 2)) << 1; // load factor <= 2/3
        this.mask = cap - 1;
        this.shift = 64 - Integer.numberOfTrailingZeros(cap);
        this.table = new long[cap * stride];
        int nonZero = 0;
        if (!inline) {
            for (short w : weights) {
                nonZero += w != 0 ? 1 : 0;
            }
        }
        this.sparse = inline ? null : new int[nonZero];
        int next = 0;
        this.scale = scale;
        this.start = start.clone();
        this.end = end.clone();
        this.trans = trans.clone();
        this.allowed = null;
        for (int f = 0; f < keys.length; f++) {
            long key = keys[f];
            if (key == 0) {
                throw new IllegalArgumentException("feature key 0 is reserved");
            }
            int slot = slot(key);
            while (table[slot * stride] != 0) {
                if (table[slot * stride] == key) {
                    throw new IllegalArgumentException("duplicate feature key " + key);
                }
                slot = (slot + 1) & mask;
            }
            int base = slot * stride;
            table[base] = key;
            if (sparse != null) {
                int first = next;
                for (int y = 0; y < numLabels; y++) {
                    short w = weights[f * numLabels + y];
                    if (w != 0) {
                        sparse[next++] = y << 16 | (w & 0xFFFF);
                    }
                }
                table[base + 1] = (long) first << 32 | (next - first);
                continue;
            }
            for (int y = 0; y < numLabels; y++) {
                table[base + 1 + (y >> 2)] |= (weights[f * numLabels + y] & 0xFFFFL) << ((y & 3) << 4);
            }
        }
    }

    /** {@code m} with other weights in the same layout ({@link #roundedBy}) or other allowed transitions. */
    private LinearModel(LinearModel m, long[] table, int[] sparse, boolean[] allowed) {
        this.labels = m.labels;
        this.numLabels = m.numLabels;
        this.stride = m.stride;
        this.table = table;
        this.sparse = sparse;
        this.mask = m.mask;
        this.shift = m.shift;
        this.features = m.features;
        this.scale = m.scale;
        this.start = m.start;
        this.end = m.end;
        this.trans = m.trans;
        this.allowed = allowed;
    }

    /**
     * A view of this model whose Viterbi never uses a transition for which {@code allowed(prev, next)} is false
     * (e.g. BMES: no B after B). Start and end constraints come from the learned start/end weights.
     */
    public LinearModel withAllowedTransitions(java.util.function.BiPredicate<String, String> allowed) {
        boolean[] a = new boolean[numLabels * numLabels];
        for (int p = 0; p < numLabels; p++) {
            for (int y = 0; y < numLabels; y++) {
                a[p * numLabels + y] = allowed.test(labels[p], labels[y]);
            }
        }
        return new LinearModel(this, table, sparse, a);
    }

    private int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift) & mask;
    }

    public List<String> labels() {
        return List.of(labels);
    }

    public int numLabels() {
        return numLabels;
    }

    /** Id of a label name, or -1. */
    public int labelId(String name) {
        for (int i = 0; i < labels.length; i++) {
            if (labels[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Number of stored features. */
    public int featureCount() {
        return features;
    }

    /** Factor from perceptron weights to the stored integer weights. */
    public float scale() {
        return scale;
    }

    /** Adds the weights of {@code keys[from..to)} to {@code scores[off..off+L)}. */
    public void score(long[] keys, int from, int to, int[] scores, int off) {
        for (int k = from; k < to; k++) {
            int at = locate(keys[k]);
            if (at >= 0) {
                addWeights(at, scores, off);
            }
        }
    }

    /**
     * Where the weights of each key of {@code keys[from..to)} are stored, into {@code out[from..to)} (-1: not a
     * feature of the model), for {@link #addWeights}. One loop of independent lookups, so their cache misses
     * overlap, where {@link #score} looks up one key and adds its weights before it looks up the next.
     */
    public void locate(long[] keys, int from, int to, int[] out) {
        for (int k = from; k < to; k++) {
            out[k] = locate(keys[k]);
        }
    }

    private int locate(long key) {
        final long[] t = table;
        int slot = slot(key);
        long found;
        while ((found = t[slot * stride]) != key) {
            if (found == 0) {
                return -1;
            }
            slot = (slot + 1) & mask;
        }
        return slot * stride;
    }

    /** Adds the weights stored at {@code at} (from {@link #locate}) to {@code scores[off..off+L)}. */
    public void addWeights(int at, int[] scores, int off) {
        final long[] t = table;
        if (sparse != null) {
            long v = t[at + 1];
            int e = (int) (v >>> 32);
            int end = e + (int) v;
            for (; e < end; e++) {
                int entry = sparse[e];
                scores[off + (entry >>> 16)] += (short) entry;
            }
            return;
        }
        final int L = numLabels;
        int base = at + 1;
        int y = 0;
        while (y < L) {
            long packed = t[base + (y >> 2)];
            int lim = Math.min(L, y + 4);
            for (; y < lim; y++) {
                scores[off + y] += (short) packed;
                packed >>>= 16;
            }
        }
    }

    /**
     * Best label of one position given the previous position's label ({@code prev < 0}: first position), for
     * greedy left-to-right decoding.
     */
    public int best(long[] keys, int from, int to, int prev, int[] scratch) {
        Arrays.fill(scratch, 0, numLabels, 0);
        score(keys, from, to, scratch, 0);
        return argmax(scratch, 0, prev);
    }

    /**
     * Best label given emission scores already summed in {@code scores[from, from + L)} and the previous label
     * ({@code prev < 0}: first position).
     */
    public int argmax(int[] scores, int from, int prev) {
        final int L = numLabels;
        int best = 0;
        int bestScore = Integer.MIN_VALUE;
        int off = prev * L;
        for (int y = 0; y < L; y++) {
            int s = scores[from + y] + (prev < 0 ? start[y] : trans[off + y]);
            if (s > bestScore) {
                bestScore = s;
                best = y;
            }
        }
        return best;
    }

    /** Greedy left-to-right decoding of the whole buffer (features must not depend on earlier predictions). */
    public void greedy(FeatureBuffer f, int[] out) {
        int[] scratch = new int[numLabels];
        int prev = NO_PREV;
        for (int i = 0; i < f.size; i++) {
            prev = best(f.keys, f.offsets[i], f.offsets[i + 1], prev, scratch);
            out[i] = prev;
        }
    }

    /** Viterbi decoding: writes the best label sequence for positions {@code 0..f.size()} into {@code out}. */
    public void viterbi(FeatureBuffer f, int[] out) {
        final int n = f.size;
        if (n == 0) {
            return;
        }
        final int L = numLabels;
        int[] em = new int[n * L];
        for (int i = 0; i < n; i++) {
            score(f.keys, f.offsets[i], f.offsets[i + 1], em, i * L);
        }
        viterbi(em, n, out);
    }

    /** Viterbi over precomputed emission scores {@code em[i * L + y]}. */
    public void viterbi(int[] em, int n, int[] out) {
        final int L = numLabels;
        final long neg = Long.MIN_VALUE / 4;
        long[] cur = new long[L];
        long[] next = new long[L];
        int[] back = new int[n * L];
        for (int y = 0; y < L; y++) {
            cur[y] = (long) em[y] + start[y];
        }
        for (int i = 1; i < n; i++) {
            int row = i * L;
            for (int y = 0; y < L; y++) {
                long best = neg;
                int arg = 0;
                for (int p = 0; p < L; p++) {
                    if (allowed != null && !allowed[p * L + y]) {
                        continue;
                    }
                    long s = cur[p] + trans[p * L + y];
                    if (s > best) {
                        best = s;
                        arg = p;
                    }
                }
                next[y] = best + em[row + y];
                back[row + y] = arg;
            }
            long[] tmp = cur;
            cur = next;
            next = tmp;
        }
        long best = Long.MIN_VALUE;
        int arg = 0;
        for (int y = 0; y < L; y++) {
            long s = cur[y] + end[y];
            if (s > best) {
                best = s;
                arg = y;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            out[i] = arg;
            arg = back[i * L + arg];
        }
    }

    /** Receives every stored feature (see {@link #forEachFeature}). */
    public interface FeatureVisitor {
        /** @param weights this feature's quantized weight per label (a scratch array, copy it to keep it) */
        void visit(long key, short[] weights);
    }

    /**
     * Visits every feature with its quantized weights, so a caller can lay out a specialized scorer whose sums are
     * exactly those of {@link #score}.
     */
    public void forEachFeature(FeatureVisitor visitor) {
        short[] w = new short[numLabels];
        for (int slot = 0; slot <= mask; slot++) {
            long key = table[slot * stride];
            if (key == 0) {
                continue;
            }
            if (sparse == null) {
                // unpack the inline words directly (this runs over every feature at start-up)
                int base = slot * stride + 1;
                for (int y = 0; y < numLabels; y++) {
                    w[y] = (short) (table[base + (y >> 2)] >>> ((y & 3) << 4));
                }
            } else {
                for (int y = 0; y < numLabels; y++) {
                    w[y] = weight(slot, y);
                }
            }
            visitor.visit(key, w);
        }
    }

    /**
     * A smaller model without the features whose largest absolute weight is below {@code minWeight} (in
     * perceptron units, i.e. before quantization): fewer features, a smaller table, fewer cache misses.
     */
    public LinearModel prune(float minWeight) {
        java.util.Set<Long> drop = new java.util.HashSet<>();
        int limit = Math.round(minWeight * scale);
        forEachFeature((key, w) -> {
            int m = 0;
            for (short x : w) {
                m = Math.max(m, Math.abs(x));
            }
            if (m < limit) {
                drop.add(key);
            }
        });
        return subset(key -> !drop.contains(key));
    }

    /** A model with only the features whose key passes {@code keep} (same labels, scale and transitions). */
    public LinearModel subset(java.util.function.LongPredicate keep) {
        int n = 0;
        long[] keys = new long[features];
        short[] weights = new short[features * numLabels];
        for (int slot = 0; slot <= mask; slot++) {
            long key = table[slot * stride];
            if (key == 0 || !keep.test(key)) {
                continue;
            }
            keys[n] = key;
            for (int y = 0; y < numLabels; y++) {
                weights[n * numLabels + y] = weight(slot, y);
            }
            n++;
        }
        LinearModel m = new LinearModel(labels, java.util.Arrays.copyOf(keys, n),
                java.util.Arrays.copyOf(weights, n * numLabels), scale, start, end, trans);
        return allowed == null ? m : new LinearModel(m, m.table, m.sparse, allowed);
    }

    /**
     * This model with each feature's weights rounded to multiples of {@code stepOf(key)} (left as they are where it
     * is 0): with steps from {@link #roundingStep} a scorer may store them in a byte. One pass over a copy of the
     * table: it runs at start-up, when the code is still cold.
     */
    public LinearModel roundedBy(java.util.function.LongToIntFunction stepOf) {
        long[] t = table.clone();
        int[] sp = sparse == null ? null : sparse.clone();
        for (int slot = 0; slot <= mask; slot++) {
            int base = slot * stride;
            long key = t[base];
            int step = key == 0 ? 0 : stepOf.applyAsInt(key);
            if (step <= 0) {
                continue;
            }
            if (sp != null) {
                long v = t[base + 1];
                for (int e = (int) (v >>> 32), end = e + (int) v; e < end; e++) {
                    sp[e] = (sp[e] & 0xFFFF0000) | (round((short) sp[e], step) & 0xFFFF);
                }
                continue;
            }
            for (int y = 0; y < numLabels; y++) {
                int at = base + 1 + (y >> 2), shift = (y & 3) << 4;
                short w = round((short) (t[at] >>> shift), step);
                t[at] = (t[at] & ~(0xFFFFL << shift)) | (w & 0xFFFFL) << shift;
            }
        }
        return new LinearModel(this, t, sp, allowed);
    }

    private static short round(short w, int step) {
        return (short) (Math.round(w / (float) step) * step);
    }

    /**
     * The smallest step that puts every weight of the features whose key passes {@code which} within {@code levels}
     * steps of zero: their largest |weight| over {@code levels}, rounded up.
     */
    public int roundingStep(java.util.function.LongPredicate which, int levels) {
        int max = 1;
        for (int slot = 0; slot <= mask; slot++) {
            long key = table[slot * stride];
            if (key != 0 && which.test(key)) {
                for (int y = 0; y < numLabels; y++) {
                    max = Math.max(max, Math.abs(weight(slot, y)));
                }
            }
        }
        return (max + levels - 1) / levels;
    }

    /** Quantized weight of label {@code next} following {@code prev}. */
    public int transition(int prev, int next) {
        return trans[prev * numLabels + next];
    }

    /** Quantized weight of a sequence starting with {@code y}. */
    public int startWeight(int y) {
        return start[y];
    }

    /** Quantized weight of a sequence ending with {@code y}. */
    public int endWeight(int y) {
        return end[y];
    }

    /** Writes the model (uncompressed; wrap the stream in gzip). */
    public void write(DataOutput out) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(numLabels);
        for (String l : labels) {
            out.writeUTF(l);
        }
        out.writeFloat(scale);
        for (int v : start) {
            out.writeInt(v);
        }
        for (int v : end) {
            out.writeInt(v);
        }
        for (int v : trans) {
            out.writeInt(v);
        }
        long[] keys = new long[features];
        int n = 0;
        for (int s = 0; s < table.length; s += stride) {
            if (table[s] != 0) {
                keys[n++] = table[s];
            }
        }
        Arrays.sort(keys); // sorted keys delta-encode into few bytes
        out.writeInt(n);
        long last = 0;
        for (long k : keys) {
            writeVarLong(out, k - last);
            last = k;
        }
        // weights label-major: similar magnitudes sit together and compress better
        int[] slots = new int[n];
        for (int i = 0; i < n; i++) {
            int slot = slot(keys[i]);
            while (table[slot * stride] != keys[i]) {
                slot = (slot + 1) & mask;
            }
            slots[i] = slot;
        }
        for (int y = 0; y < numLabels; y++) {
            for (int i = 0; i < n; i++) {
                short w = weight(slots[i], y);
                writeVarLong(out, (w << 1) ^ (w >> 31));
            }
        }
    }

    private short weight(int slot, int y) {
        if (sparse != null) {
            long v = table[slot * stride + 1];
            int e = (int) (v >>> 32);
            int end = e + (int) v;
            for (; e < end; e++) {
                if (sparse[e] >>> 16 == y) {
                    return (short) sparse[e];
                }
            }
            return 0;
        }
        return (short) (table[slot * stride + 1 + (y >> 2)] >>> ((y & 3) << 4));
    }

    /** Reads a model written by {@link #write}. */
    public static LinearModel read(DataInput in) throws IOException {
        if (in.readInt() != MAGIC) {
            throw new IOException("not a tiqu linear model");
        }
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException("unsupported model version " + version);
        }
        int L = in.readInt();
        String[] labels = new String[L];
        for (int i = 0; i < L; i++) {
            labels[i] = in.readUTF();
        }
        float scale = in.readFloat();
        int[] start = new int[L];
        int[] end = new int[L];
        int[] trans = new int[L * L];
        for (int i = 0; i < L; i++) {
            start[i] = in.readInt();
        }
        for (int i = 0; i < L; i++) {
            end[i] = in.readInt();
        }
        for (int i = 0; i < L * L; i++) {
            trans[i] = in.readInt();
        }
        int n = in.readInt();
        long[] keys = new long[n];
        long last = 0;
        for (int i = 0; i < n; i++) {
            last += readVarLong(in);
            keys[i] = last;
        }
        short[] weights = new short[n * L];
        for (int y = 0; y < L; y++) {
            for (int i = 0; i < n; i++) {
                long z = readVarLong(in);
                weights[i * L + y] = (short) ((z >>> 1) ^ -(z & 1));
            }
        }
        return new LinearModel(labels, keys, weights, scale, start, end, trans);
    }

    static void writeVarLong(DataOutput out, long v) throws IOException {
        while ((v & ~0x7FL) != 0) {
            out.writeByte((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.writeByte((int) v);
    }

    static long readVarLong(DataInput in) throws IOException {
        if (in instanceof BytesInput b) {
            return b.readVarLong(); // no per-byte interface call: models hold millions of varint bytes
        }
        long v = 0;
        int shift = 0;
        while (true) {
            int b = in.readUnsignedByte();
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
            shift += 7;
            if (shift > 63) {
                throw new IOException("malformed varint");
            }
        }
    }
}
