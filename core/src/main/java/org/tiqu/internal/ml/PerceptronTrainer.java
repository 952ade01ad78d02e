package org.tiqu.internal.ml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.BiPredicate;

/**
 * Trains a {@link LinearModel} with the averaged structured perceptron (Collins 2002). Add every training
 * sequence once ({@link #add}: features are indexed right away, so the buffer can be reused), then
 * {@link #train} for some epochs and {@link #build} the pruned, quantized model.
 *
 * <pre>{@code
 * PerceptronTrainer t = new PerceptronTrainer(List.of("B", "M", "E", "S"), PerceptronTrainer.Decoding.VITERBI);
 * for (sentence : corpus) { FeatureBuffer f = extract(sentence); t.add(f, goldLabels(sentence)); }
 * t.train(10, 42L, System.err::println);
 * LinearModel m = t.build(1, 0.0f);
 * }</pre>
 *
 * Not thread-safe. Memory: every added feature occurrence is kept as an int.
 */
public final class PerceptronTrainer {
    /** How sequences are decoded while training (use the same at run time). */
    public enum Decoding { VITERBI, GREEDY }

    private final String[] labels;
    private final int L;
    private final Decoding decoding;
    private final LongIntMap index = new LongIntMap();
    private long[] rowKeys = new long[1 << 16];
    private int[] rowCount = new int[1 << 16];
    private int rows;
    private final List<int[]> seqFeatures = new ArrayList<>();
    private final List<int[]> seqOffsets = new ArrayList<>();
    private final List<int[]> seqGold = new ArrayList<>();
    private boolean[] allowed;

    // weights, averaging accumulators (sum of c * delta), and the same for transitions
    private float[] w;
    private double[] u;
    private final float[] tw;
    private final double[] tu;
    private long c = 1;

    public PerceptronTrainer(List<String> labels, Decoding decoding) {
        this.labels = labels.toArray(new String[0]);
        this.L = this.labels.length;
        this.decoding = decoding;
        int t = L * L + 2 * L; // trans, start, end
        this.tw = new float[t];
        this.tu = new double[t];
    }

    /** Forbids transitions during training-time Viterbi (use the same constraint at run time). */
    public PerceptronTrainer allowedTransitions(BiPredicate<String, String> ok) {
        allowed = new boolean[L * L];
        for (int p = 0; p < L; p++) {
            for (int y = 0; y < L; y++) {
                allowed[p * L + y] = ok.test(labels[p], labels[y]);
            }
        }
        return this;
    }

    public int sequences() {
        return seqGold.size();
    }

    public int featureCount() {
        return rows;
    }

    /** Adds one training sequence: its features and a gold label id for each position. */
    public void add(FeatureBuffer f, int[] gold) {
        int n = f.size;
        if (gold.length < n) {
            throw new IllegalArgumentException("fewer gold labels than positions");
        }
        int[] feats = new int[f.used];
        for (int k = 0; k < f.used; k++) {
            long key = f.keys[k];
            int row = index.get(key);
            if (row < 0) {
                row = rows++;
                index.put(key, row);
                if (row == rowKeys.length) {
                    rowKeys = Arrays.copyOf(rowKeys, row * 2);
                    rowCount = Arrays.copyOf(rowCount, row * 2);
                }
                rowKeys[row] = key;
            }
            rowCount[row]++;
            feats[k] = row;
        }
        for (int y : Arrays.copyOf(gold, n)) {
            if (y < 0 || y >= L) {
                throw new IllegalArgumentException("bad label id " + y);
            }
        }
        seqFeatures.add(feats);
        seqOffsets.add(Arrays.copyOf(f.offsets, n + 1));
        seqGold.add(Arrays.copyOf(gold, n));
    }

    /**
     * Runs {@code epochs} passes over the sequences in a seeded random order.
     *
     * @param log receives one line per epoch (training-set token accuracy), may be null
     */
    public void train(int epochs, long seed, java.util.function.Consumer<String> log) {
        if (w == null || w.length < rows * L) {
            w = w == null ? new float[rows * L] : Arrays.copyOf(w, rows * L);
            u = u == null ? new double[rows * L] : Arrays.copyOf(u, rows * L);
        }
        Random rnd = new Random(seed);
        int[] order = new int[seqGold.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int e = 0; e < epochs; e++) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            long correct = 0;
            long total = 0;
            for (int s : order) {
                int[] gold = seqGold.get(s);
                int[] pred = decoding == Decoding.VITERBI
                        ? viterbi(seqFeatures.get(s), seqOffsets.get(s), gold.length)
                        : greedyUpdate(seqFeatures.get(s), seqOffsets.get(s), gold);
                for (int i = 0; i < gold.length; i++) {
                    if (pred[i] == gold[i]) {
                        correct++;
                    }
                }
                total += gold.length;
                if (decoding == Decoding.VITERBI && !Arrays.equals(pred, gold)) {
                    update(seqFeatures.get(s), seqOffsets.get(s), gold, +1);
                    update(seqFeatures.get(s), seqOffsets.get(s), pred, -1);
                }
                c++;
            }
            if (log != null) {
                log.accept(String.format("epoch %d: train accuracy %.4f", e + 1, correct / (double) Math.max(1, total)));
            }
        }
    }

    private void bump(int i, float d) {
        w[i] += d;
        u[i] += c * (double) d;
    }

    private void bumpT(int i, float d) {
        tw[i] += d;
        tu[i] += c * (double) d;
    }

    private void update(int[] feats, int[] off, int[] labels, float d) {
        int prev = -1;
        for (int i = 0; i < labels.length; i++) {
            int y = labels[i];
            for (int k = off[i]; k < off[i + 1]; k++) {
                bump(feats[k] * L + y, d);
            }
            bumpT(prev < 0 ? L * L + y : prev * L + y, d);
            prev = y;
        }
        if (prev >= 0) {
            bumpT(L * L + L + prev, d);
        }
    }

    private int[] greedyUpdate(int[] feats, int[] off, int[] gold) {
        int n = gold.length;
        int[] pred = new int[n];
        float[] sc = new float[L];
        int prev = -1;
        for (int i = 0; i < n; i++) {
            Arrays.fill(sc, 0f);
            for (int k = off[i]; k < off[i + 1]; k++) {
                int base = feats[k] * L;
                for (int y = 0; y < L; y++) {
                    sc[y] += w[base + y];
                }
            }
            int best = 0;
            float bs = Float.NEGATIVE_INFINITY;
            for (int y = 0; y < L; y++) {
                float s = sc[y] + (prev < 0 ? tw[L * L + y] : tw[prev * L + y]);
                if (s > bs) {
                    bs = s;
                    best = y;
                }
            }
            pred[i] = best;
            int g = gold[i];
            if (best != g) {
                for (int k = off[i]; k < off[i + 1]; k++) {
                    bump(feats[k] * L + g, 1);
                    bump(feats[k] * L + best, -1);
                }
                bumpT(prev < 0 ? L * L + g : prev * L + g, 1);
                bumpT(prev < 0 ? L * L + best : prev * L + best, -1);
            }
            prev = best; // condition on our own prediction, as at run time
        }
        return pred;
    }

    private int[] viterbi(int[] feats, int[] off, int n) {
        int[] out = new int[n];
        if (n == 0) {
            return out;
        }
        float[] em = new float[n * L];
        for (int i = 0; i < n; i++) {
            for (int k = off[i]; k < off[i + 1]; k++) {
                int base = feats[k] * L;
                for (int y = 0; y < L; y++) {
                    em[i * L + y] += w[base + y];
                }
            }
        }
        double[] cur = new double[L];
        double[] next = new double[L];
        int[] back = new int[n * L];
        for (int y = 0; y < L; y++) {
            cur[y] = em[y] + tw[L * L + y];
        }
        for (int i = 1; i < n; i++) {
            for (int y = 0; y < L; y++) {
                double best = Double.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p = 0; p < L; p++) {
                    if (allowed != null && !allowed[p * L + y]) {
                        continue;
                    }
                    double s = cur[p] + tw[p * L + y];
                    if (s > best) {
                        best = s;
                        arg = p;
                    }
                }
                next[y] = best + em[i * L + y];
                back[i * L + y] = arg;
            }
            double[] t = cur;
            cur = next;
            next = t;
        }
        double best = Double.NEGATIVE_INFINITY;
        int arg = 0;
        for (int y = 0; y < L; y++) {
            double s = cur[y] + tw[L * L + L + y];
            if (s > best) {
                best = s;
                arg = y;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            out[i] = arg;
            arg = back[i * L + arg];
        }
        return out;
    }

    /**
     * The averaged, pruned and quantized model.
     *
     * @param minCount  drop features seen fewer times than this in the training data
     * @param minWeight drop features whose largest absolute averaged weight is below this
     */
    public LinearModel build(int minCount, float minWeight) {
        if (w == null) {
            throw new IllegalStateException("train first");
        }
        float[] avg = new float[rows * L];
        float max = 1e-9f;
        for (int i = 0; i < rows * L; i++) {
            avg[i] = (float) (w[i] - u[i] / c);
        }
        boolean[] keep = new boolean[rows];
        int kept = 0;
        for (int r = 0; r < rows; r++) {
            if (rowCount[r] < minCount) {
                continue;
            }
            float m = 0;
            for (int y = 0; y < L; y++) {
                m = Math.max(m, Math.abs(avg[r * L + y]));
            }
            if (m > 0 && m >= minWeight) {
                keep[r] = true;
                kept++;
                max = Math.max(max, m);
            }
        }
        float scale = 32767f / max;
        long[] keys = new long[kept];
        short[] weights = new short[kept * L];
        int f = 0;
        for (int r = 0; r < rows; r++) {
            if (!keep[r]) {
                continue;
            }
            keys[f] = rowKeys[r];
            for (int y = 0; y < L; y++) {
                weights[f * L + y] = (short) Math.round(avg[r * L + y] * scale);
            }
            f++;
        }
        int[] start = new int[L];
        int[] end = new int[L];
        int[] trans = new int[L * L];
        for (int i = 0; i < L * L; i++) {
            trans[i] = Math.round((float) (tw[i] - tu[i] / c) * scale);
        }
        for (int y = 0; y < L; y++) {
            start[y] = Math.round((float) (tw[L * L + y] - tu[L * L + y] / c) * scale);
            end[y] = Math.round((float) (tw[L * L + L + y] - tu[L * L + L + y] / c) * scale);
        }
        return new LinearModel(labels, keys, weights, scale, start, end, trans);
    }

    /** Open-addressing long to int map for feature indexing (no boxing). */
    static final class LongIntMap {
        private long[] keys = new long[1 << 16];
        private int[] vals = new int[1 << 16];
        private int size;

        private int slot(long k, int mask) {
            long h = k * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32)) & mask;
        }

        int get(long k) {
            int mask = keys.length - 1;
            int s = slot(k, mask);
            while (keys[s] != 0) {
                if (keys[s] == k) {
                    return vals[s];
                }
                s = (s + 1) & mask;
            }
            return -1;
        }

        void put(long k, int v) {
            if ((size + 1) * 2 > keys.length) {
                long[] ok = keys;
                int[] ov = vals;
                keys = new long[ok.length * 2];
                vals = new int[ok.length * 2];
                size = 0;
                for (int i = 0; i < ok.length; i++) {
                    if (ok[i] != 0) {
                        put(ok[i], ov[i]);
                    }
                }
            }
            int mask = keys.length - 1;
            int s = slot(k, mask);
            while (keys[s] != 0) {
                if (keys[s] == k) {
                    vals[s] = v;
                    return;
                }
                s = (s + 1) & mask;
            }
            keys[s] = k;
            vals[s] = v;
            size++;
        }
    }
}
