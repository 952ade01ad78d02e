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
    /**
     * Every word the tagger knows, in one open-addressing table of two longs per slot: the word's hash, then
     * {@code SURE | tag} for a word whose training tag was (nearly) always the same (answered without the model), or
     * where the word's row starts in {@link #rows}: the summed weights of its word-only features (templates 1, 4-8),
     * so the model path needs that row plus the three context features, with sums exactly those of the generic path.
     * One probe answers both questions (they were two tables of two arrays each: up to four cache misses a word).
     */
    private final long[] known;
    private final int knownMask;
    private final int sureCount;
    private static final long SURE = 1L << 32;
    private final List<String> vocab;
    private final int[] rows;

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
        long[] wordHashes = new long[vocab.size()];
        for (int i = 0; i < wordHashes.length; i++) {
            String w = vocab.get(i);
            wordHashes[i] = Features.hash(w, 0, w.length());
        }
        int cap = Integer.highestOneBit(Math.max(16, (sureHashes.length + wordHashes.length) * 2)) << 1;
        this.known = new long[cap * 2];
        this.knownMask = cap - 1;
        int n = 0;
        for (int i = 0; i < sureHashes.length; i++) {
            if (sureIds[i] < 0) {
                throw new IllegalArgumentException("unknown tag for a sure word");
            }
            int s = find(sureHashes[i]);
            n += known[2 * s] == 0 ? 1 : 0;
            known[2 * s] = key(sureHashes[i]);
            known[2 * s + 1] = SURE | sureIds[i];
        }
        this.sureCount = n;
        // rows only for the words the model is asked about (sure words never are), stored densely
        int[] dense = new int[wordHashes.length * L];
        long[] keys = new long[MAX_FEATURES];
        int next = 0;
        for (int i = 0; i < wordHashes.length; i++) {
            int s = find(wordHashes[i]);
            if (known[2 * s] != 0) {
                continue; // a sure word, or a word seen before
            }
            known[2 * s] = key(wordHashes[i]);
            known[2 * s + 1] = (long) next * L;
            String w = vocab.get(i);
            int nf = wordFeatures(w, 0, w.length(), wordHashes[i], keys, 0);
            model.score(keys, 0, nf, dense, next * L);
            next++;
        }
        this.rows = Arrays.copyOf(dense, next * L);
    }

    /** Hash 0 marks an empty slot, so a word whose hash is 0 is stored as 1. */
    private static long key(long h) {
        return h == 0 ? 1 : h;
    }

    /** The slot of hash {@code h}: its own, or the empty one where it would go. */
    private int find(long h) {
        long k = key(h);
        int s = (int) ((k * 0x9E3779B97F4A7C15L) >>> 40) & knownMask;
        long found;
        while ((found = known[2 * s]) != 0 && found != k) {
            s = (s + 1) & knownMask;
        }
        return s;
    }

    /** This tagger with its model pruned (see {@link LinearModel#prune}); same sure words. */
    public PosModel pruned(float minWeight) {
        long[] h = new long[sureCount];
        int[] ids = new int[sureCount];
        int n = 0;
        for (int s = 0; s <= knownMask; s++) {
            if (known[2 * s] != 0 && (known[2 * s + 1] & SURE) != 0) {
                h[n] = known[2 * s];
                ids[n++] = (int) known[2 * s + 1] & 0xFF;
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
        for (int s = 0; s <= knownMask; s++) {
            if (known[2 * s] != 0 && (known[2 * s + 1] & SURE) != 0) {
                out.writeLong(known[2 * s]);
                out.writeByte((int) known[2 * s + 1]);
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
            // a sure word's tag id, -1 for a word the tagger never saw, -2 - row for a word with a row
            int s = find(hashes[k]);
            long v = known[2 * s + 1];
            sure[k] = known[2 * s] == 0 ? -1 : (v & SURE) != 0 ? (int) v & 0xFF : -2 - (int) v;
        }
        // the model's words: their row of word-only weights and their context features; the others: all features
        int nk = 0;
        for (int k = 0; k < count; k++) {
            if (sure[k] < 0) {
                if (sure[k] <= -2) {
                    System.arraycopy(rows, -2 - sure[k], scores, k * L, L);
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
