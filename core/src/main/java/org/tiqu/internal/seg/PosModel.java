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
    private static final int VERSION = 1;

    private final LinearModel model;
    private final String[] tags;

    public PosModel(LinearModel model) {
        this.model = model;
        this.tags = model.labels().stream().map(String::intern).toArray(String[]::new);
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
        DataInputStream in = new DataInputStream(new GZIPInputStream(raw, 1 << 16));
        if (in.readInt() != MAGIC || in.readInt() != VERSION) {
            throw new IOException("not a tiqu POS model (or a different version)");
        }
        return new PosModel(LinearModel.read(in));
    }

    public void write(OutputStream raw) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16);
        DataOutputStream out = new DataOutputStream(gz);
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        model.write(out);
        out.flush();
        gz.finish();
    }

    /**
     * Tags the words {@code text[starts[k], ends[k])}, {@code k < count}, of one chunk into {@code out}.
     */
    public void tag(CharSequence text, int[] starts, int[] ends, int count, FeatureBuffer buffer, String[] out, int[] labels) {
        buffer.clear();
        features(text, starts, ends, count, buffer);
        model.greedy(buffer, labels);
        for (int k = 0; k < count; k++) {
            out[k] = tags[labels[k]];
        }
    }

    /** The features of each word, one position per word; used by the trainer as well. */
    public static void features(CharSequence text, int[] starts, int[] ends, int count, FeatureBuffer f) {
        for (int k = 0; k < count; k++) {
            int s = starts[k];
            int e = ends[k];
            int len = e - s;
            char first = text.charAt(s);
            char last = text.charAt(e - 1);
            f.add(Features.key(1, text, s, e));
            if (k > 0) {
                f.add(Features.key(2, text, starts[k - 1], ends[k - 1]));
                f.add(Features.key(9, text.charAt(ends[k - 1] - 1), first));
            } else {
                f.add(Features.key(2, CwsFeatures.BOS));
            }
            if (k + 1 < count) {
                f.add(Features.key(3, text, starts[k + 1], ends[k + 1]));
            } else {
                f.add(Features.key(3, CwsFeatures.EOS));
            }
            f.add(Features.key(4, first));
            f.add(Features.key(5, last));
            if (len >= 2) {
                f.add(Features.key(6, text.charAt(e - 2), last));
                f.add(Features.key(7, first, text.charAt(s + 1)));
            }
            f.add(Features.key(8, Math.min(len, 6) << 8 | CwsFeatures.charClass(first) << 4 | CwsFeatures.charClass(last)));
            f.endPosition();
        }
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
