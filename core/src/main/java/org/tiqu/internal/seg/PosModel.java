package org.tiqu.internal.seg;

import org.tiqu.internal.ml.FeatureBuffer;
import org.tiqu.internal.ml.Features;
import org.tiqu.internal.ml.LinearModel;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Part-of-speech tagger over segmented words (People's Daily / PKU tag set: n, v, nr, ns, nt, t, m, w, ...): a
 * greedy left-to-right averaged perceptron whose features are the word, its neighbours and its affixes, and whose
 * transitions carry the previous tag. Immutable and thread-safe.
 */
public final class PosModel {
    /** The model shipped in the jar. */
    public static final String RESOURCE = "/org/tiqu/models/pos.bin.gz";
    private static final int MAGIC = 0x54515053; // "TQPS"
    private static final int VERSION = 3;

    private final LinearModel model;
    private final String[] tags;
    // words whose tag was (nearly) always the same in training: hash -> tag id, answered without the model
    private final long[] sureKeys;
    private final byte[] sureTags;
    private final int sureMask;
    private final int sureCount;
    // known words: the summed weights of their word-only features (templates 1, 4-8), so the model path needs
    // one row lookup plus the three context features; the sums are exactly those of the generic path
    private final List<String> vocab;
    private final long[] rowKeys;
    private final int[] rowAt; // by slot of rowKeys: where the word's row starts in rows
    private final int[] rows;
    private final int rowMask;

    /**
     * @param sure words tagged without the model (their training tag was nearly always the same), word -> tag
     */
    public PosModel(LinearModel model, java.util.Map<String, String> sure, List<String> vocab) {
        this(model, hashes(sure.keySet()), sure.values().stream().mapToInt(model::labelId).toArray(), vocab);
    }

    private static long[] hashes(java.util.Collection<String> words) {
        return words.stream().mapToLong(w -> Features.hash(w, 0, w.length())).toArray();
    }

    private PosModel(LinearModel model, long[] sureHashes, int[] sureIds, List<String> vocab) {
        this.model = model;
        this.vocab = List.copyOf(vocab);
        int L = model.numLabels();
        this.tags = model.labels().stream().map(String::intern).toArray(String[]::new);
        if (tags.length > 127) {
            throw new IllegalArgumentException("too many tags");
        }
        int cap = Integer.highestOneBit(Math.max(16, sureHashes.length * 2)) << 1;
        this.sureKeys = new long[cap];
        this.sureTags = new byte[cap];
        this.sureMask = cap - 1;
        int n = 0;
        for (int i = 0; i < sureHashes.length; i++) {
            long h = sureHashes[i] == 0 ? 1 : sureHashes[i];
            if (sureIds[i] < 0) {
                throw new IllegalArgumentException("unknown tag for a sure word");
            }
            int s = sureSlot(h);
            while (sureKeys[s] != 0 && sureKeys[s] != h) {
                s = (s + 1) & sureMask;
            }
            n += sureKeys[s] == 0 ? 1 : 0;
            sureKeys[s] = h;
            sureTags[s] = (byte) sureIds[i];
        }
        this.sureCount = n;
        // rows only for the words the model is asked about (sure words never are), stored densely: the table is
        // touched once per word and used to be 11 MB, mostly empty slots and rows nobody read
        long[] wanted = new long[vocab.size()];
        int count = 0;
        for (String w : vocab) {
            long h = Features.hash(w, 0, w.length());
            if (sure(h) < 0) {
                wanted[count++] = h;
            }
        }
        int rcap = Integer.highestOneBit(Math.max(16, count * 2)) << 1;
        this.rowKeys = new long[rcap];
        this.rowAt = new int[rcap];
        this.rowMask = rcap - 1;
        int[] dense = new int[count * L];
        long[] keys = new long[MAX_FEATURES];
        int next = 0;
        for (String w : vocab) {
            long h = Features.hash(w, 0, w.length());
            if (sure(h) >= 0) {
                continue;
            }
            long k = h == 0 ? 1 : h;
            int slot = rowSlot(k);
            while (rowKeys[slot] != 0 && rowKeys[slot] != k) {
                slot = (slot + 1) & rowMask;
            }
            if (rowKeys[slot] == k) {
                continue;
            }
            rowKeys[slot] = k;
            rowAt[slot] = next * L;
            int nf = wordFeatures(w, 0, w.length(), h, keys, 0);
            model.score(keys, 0, nf, dense, next * L);
            next++;
        }
        this.rows = java.util.Arrays.copyOf(dense, next * L);
    }

    private int rowSlot(long h) {
        return (int) ((h * 0xC2B2AE3D27D4EB4FL) >>> 40) & rowMask;
    }

    private int sureSlot(long h) {
        return (int) ((h * 0x9E3779B97F4A7C15L) >>> 40) & sureMask;
    }

    /** Tag id of a sure word, or -1. */
    private int sure(long h) {
        if (h == 0) {
            h = 1;
        }
        int s = sureSlot(h);
        long k;
        while ((k = sureKeys[s]) != 0) {
            if (k == h) {
                return sureTags[s];
            }
            s = (s + 1) & sureMask;
        }
        return -1;
    }

    /** This tagger with its model pruned (see {@link LinearModel#prune}); same sure words. */
    public PosModel pruned(float minWeight) {
        long[] h = new long[sureCount];
        int[] ids = new int[sureCount];
        int n = 0;
        for (int s = 0; s <= sureMask; s++) {
            if (sureKeys[s] != 0) {
                h[n] = sureKeys[s];
                ids[n++] = sureTags[s];
            }
        }
        return new PosModel(model.prune(minWeight), h, ids, vocab);
    }

    /** Number of words tagged without the model. */
    public int sureWords() {
        return sureCount;
    }

    public LinearModel model() {
        return model;
    }

    /** Loads the shipped model, or returns null when the jar has none (tags then come from {@link #fallbackTag}). */
    public static PosModel loadOrNull() {
        try (InputStream in = PosModel.class.getResourceAsStream(RESOURCE)) {
            return in == null ? null : read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read POS model " + RESOURCE, e);
        }
    }

    public static PosModel read(InputStream raw) throws IOException {
        java.io.DataInput in = org.tiqu.internal.ml.BytesInput.gunzip(raw);
        if (in.readInt() != MAGIC || in.readInt() != VERSION) {
            throw new IOException("not a tiqu POS model (or a different version)");
        }
        LinearModel m = LinearModel.read(in);
        int n = in.readInt();
        long[] h = new long[n];
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            h[i] = in.readLong();
            ids[i] = in.readUnsignedByte();
        }
        int v = in.readInt();
        List<String> vocab = new java.util.ArrayList<>(v);
        for (int i = 0; i < v; i++) {
            vocab.add(in.readUTF());
        }
        return new PosModel(m, h, ids, vocab);
    }

    public void write(OutputStream raw) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16);
        DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(gz, 1 << 16));
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        model.write(out);
        out.writeInt(sureCount);
        for (int s = 0; s <= sureMask; s++) {
            if (sureKeys[s] != 0) {
                out.writeLong(sureKeys[s]);
                out.writeByte(sureTags[s]);
            }
        }
        out.writeInt(vocab.size());
        for (String w : vocab) {
            out.writeUTF(w);
        }
        out.flush();
        gz.finish();
    }

    /** Work arrays of {@link #tag}, grown on demand; one per thread. */
    public static final class Buffers {
        long[] hashes = new long[256];
        int[] sure = new int[256];
        int[] scores = new int[0];
        long[] keys = new long[256 * MAX_FEATURES];
        int[] found = new int[256 * MAX_FEATURES];
        int[] keysEnd = new int[256];

        void ensure(int count, int labels) {
            if (hashes.length < count) {
                hashes = new long[count * 2];
                sure = new int[count * 2];
                keysEnd = new int[count * 2];
                keys = new long[count * 2 * MAX_FEATURES];
                found = new int[count * 2 * MAX_FEATURES];
            }
            if (scores.length < count * labels) {
                scores = new int[Math.max(256, count * 2) * labels];
            }
        }
    }

    /**
     * Tags the words {@code text[starts[k], ends[k])}, {@code k < count}, of one chunk into {@code out}, left to
     * right: sure words from the table, the others from the model given the previous tag. A word's emission scores
     * do not depend on the tags before it, so every table lookup is made first, in loops of independent loads (the
     * CPU overlaps their cache misses), and only the choice of tags runs left to right.
     */
    public void tag(CharSequence text, int[] starts, int[] ends, int count, Buffers b, String[] out) {
        final int L = tags.length;
        b.ensure(count, L);
        long[] hashes = b.hashes;
        int[] sure = b.sure;
        int[] scores = b.scores;
        long[] keys = b.keys;
        int[] keysEnd = b.keysEnd;
        for (int k = 0; k < count; k++) {
            hashes[k] = Features.hash(text, starts[k], ends[k]);
        }
        for (int k = 0; k < count; k++) {
            sure[k] = sure(hashes[k]);
        }
        // the model's words: their row of word-only weights and their context features; the others: all features
        int nk = 0;
        for (int k = 0; k < count; k++) {
            if (sure[k] < 0) {
                int row = row(hashes[k]);
                if (row >= 0) {
                    System.arraycopy(rows, row, scores, k * L, L);
                    nk = contextFeatures(text, starts, ends, hashes, count, k, keys, nk);
                } else {
                    Arrays.fill(scores, k * L, (k + 1) * L, 0);
                    nk = features(text, starts, ends, hashes, count, k, keys, nk);
                }
            }
            keysEnd[k] = nk;
        }
        int[] found = b.found;
        model.locate(keys, 0, nk, found);
        int prev = -1;
        for (int k = 0, f = 0; k < count; k++) {
            int y = sure[k];
            if (y < 0) {
                for (; f < keysEnd[k]; f++) {
                    if (found[f] >= 0) {
                        model.addWeights(found[f], scores, k * L);
                    }
                }
                y = model.argmax(scores, k * L, prev);
            }
            out[k] = tags[y];
            prev = y;
        }
    }

    /** Tags with the model only (no sure-word table): what the trainer's greedy decoding sees. */
    public void tagWithModel(CharSequence text, int[] starts, int[] ends, int count, String[] out) {
        FeatureBuffer f = new FeatureBuffer();
        features(text, starts, ends, count, f);
        int[] labels = new int[count];
        model.greedy(f, labels);
        for (int k = 0; k < count; k++) {
            out[k] = tags[labels[k]];
        }
    }

    /** The features of each word, one position per word; used by the trainer as well. */
    public static void features(CharSequence text, int[] starts, int[] ends, int count, FeatureBuffer f) {
        long[] hashes = new long[count];
        for (int k = 0; k < count; k++) {
            hashes[k] = Features.hash(text, starts[k], ends[k]);
        }
        long[] keys = new long[MAX_FEATURES];
        for (int k = 0; k < count; k++) {
            int n = features(text, starts, ends, hashes, count, k, keys);
            for (int i = 0; i < n; i++) {
                f.add(keys[i]);
            }
            f.endPosition();
        }
    }

    /** Most features one word has. */
    public static final int MAX_FEATURES = 10;

    private int row(long h) {
        long k = h == 0 ? 1 : h;
        int s = rowSlot(k);
        long found;
        while ((found = rowKeys[s]) != 0) {
            if (found == k) {
                return rowAt[s];
            }
            s = (s + 1) & rowMask;
        }
        return -1;
    }

    private static int features(CharSequence text, int[] starts, int[] ends, long[] hashes, int count, int k, long[] keys) {
        return features(text, starts, ends, hashes, count, k, keys, 0);
    }

    /** Writes word k's features into {@code keys} from {@code n} on; @return the new end */
    private static int features(CharSequence text, int[] starts, int[] ends, long[] hashes, int count, int k, long[] keys,
                                int n) {
        n = wordFeatures(text, starts[k], ends[k], hashes[k], keys, n);
        return contextFeatures(text, starts, ends, hashes, count, k, keys, n);
    }

    /** Features of the word alone (templates 1, 4-8). */
    private static int wordFeatures(CharSequence text, int s, int e, long hash, long[] keys, int n) {
        int len = e - s;
        char first = text.charAt(s);
        char last = text.charAt(e - 1);
        keys[n++] = Features.key(1, hash);
        keys[n++] = Features.key(4, first);
        keys[n++] = Features.key(5, last);
        if (len >= 2) {
            keys[n++] = Features.key(6, text.charAt(e - 2), last);
            keys[n++] = Features.key(7, first, text.charAt(s + 1));
        }
        keys[n++] = Features.key(8, Math.min(len, 6) << 8 | CwsFeatures.charClass(first) << 4 | CwsFeatures.charClass(last));
        return n;
    }

    /** Features of the word's neighbours (templates 2, 3, 9). */
    private static int contextFeatures(CharSequence text, int[] starts, int[] ends, long[] hashes, int count, int k,
                                       long[] keys, int n) {
        if (k > 0) {
            keys[n++] = Features.key(2, hashes[k - 1]);
            keys[n++] = Features.key(9, text.charAt(ends[k - 1] - 1), text.charAt(starts[k]));
        } else {
            keys[n++] = Features.key(2, CwsFeatures.BOS);
        }
        keys[n++] = k + 1 < count ? Features.key(3, hashes[k + 1]) : Features.key(3, CwsFeatures.EOS);
        return n;
    }

    /** A tag from char classes alone, for when no POS model is available. */
    public static String fallbackTag(CharSequence w) {
        int c = CwsFeatures.charClass(w.charAt(0));
        return switch (c) {
            case CwsFeatures.PUNCT -> "w";
            case CwsFeatures.DIGIT, CwsFeatures.CNUM -> "m";
            case CwsFeatures.LETTER -> "nx";
            default -> "n";
        };
    }
}
