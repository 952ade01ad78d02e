package org.tiqu.internal.ml;

import java.util.Arrays;

/**
 * The features of one sequence: for each position a run of 64-bit feature keys (see {@link Features}).
 * Fill it position by position ({@link #add} then {@link #endPosition}), then hand it to a {@link LinearModel}
 * or a {@link PerceptronTrainer}. Mutable and reusable ({@link #clear}); not thread-safe, so use one per call or
 * per thread.
 */
public final class FeatureBuffer {
    long[] keys;
    int[] offsets; // offsets[i]..offsets[i+1] are the keys of position i
    int size;
    int used;

    public FeatureBuffer() {
        this(64, 1024);
    }

    public FeatureBuffer(int positions, int keys) {
        this.keys = new long[Math.max(16, keys)];
        this.offsets = new int[Math.max(16, positions) + 1];
    }

    /** Forgets all positions. */
    public void clear() {
        size = 0;
        used = 0;
    }

    /** Adds a feature key to the current position; key 0 is reserved and ignored. */
    public void add(long key) {
        if (key == 0) {
            return;
        }
        if (used == keys.length) {
            keys = Arrays.copyOf(keys, keys.length * 2);
        }
        keys[used++] = key;
    }

    /** Closes the current position; the next {@link #add} starts the next one. */
    public void endPosition() {
        if (size + 2 > offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        size++;
        offsets[size] = used;
    }

    /** Number of closed positions. */
    public int size() {
        return size;
    }

    /** Index into {@link #keys()} of the first key of position {@code i}. */
    public int from(int i) {
        return offsets[i];
    }

    /** Index into {@link #keys()} one past the last key of position {@code i}. */
    public int to(int i) {
        return offsets[i + 1];
    }

    /** The backing key array (valid up to {@code from(size())}). */
    public long[] keys() {
        return keys;
    }
}
