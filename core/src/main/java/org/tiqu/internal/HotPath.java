package org.tiqu.internal;

import org.tiqu.Extractor;
import org.tiqu.internal.seg.Segmenter;
import org.tiqu.internal.seg.Word;
import org.tiqu.internal.text.Normalizer;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Objects;

/**
 * Internal hook for the benchmarks: the segmentation hot path of one {@link Extractor} (normalizer + segmenter)
 * without recognizers, resolver or keywords. Not part of the public API.
 *
 * <p>The segmenter is read once from the extractor's own {@link Segmenter}-typed field, so the benchmark always
 * measures the segmenter that {@link Extractor#extract} really uses and {@code Extractor} needs no extra accessor.
 * Thread-safe: it holds only the extractor's immutable segmenter.
 */
public final class HotPath {
    private final Segmenter segmenter;

    private HotPath(Segmenter segmenter) {
        this.segmenter = segmenter;
    }

    /**
     * @param extractor a built extractor
     * @return its segmentation hot path
     * @throws IllegalStateException when the extractor holds no single {@link Segmenter} field (the wiring changed:
     *                               update this class)
     */
    public static HotPath of(Extractor extractor) {
        Objects.requireNonNull(extractor, "extractor");
        Field found = null;
        for (Field f : Extractor.class.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers()) && Segmenter.class.isAssignableFrom(f.getType())) {
                if (found != null) {
                    throw new IllegalStateException("Extractor has more than one Segmenter field: "
                            + found.getName() + ", " + f.getName());
                }
                found = f;
            }
        }
        if (found == null) {
            throw new IllegalStateException("Extractor has no Segmenter field; update org.tiqu.internal.HotPath");
        }
        try {
            found.setAccessible(true);
            return new HotPath((Segmenter) Objects.requireNonNull(found.get(extractor), "segmenter"));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read Extractor." + found.getName(), e);
        }
    }

    /**
     * Normalizes and segments {@code text}, exactly as the first two steps of {@link Extractor#extract} do.
     *
     * @return the words in cleaned-text coordinates
     */
    public List<Word> segment(String text) {
        return segmenter.segment(Normalizer.normalize(text).text());
    }
}
