package org.tiqu.bench.train;

/**
 * A held-out window anywhere inside the training split, for error analysis on days the rules were not written
 * against: {@code -Dtiqu.ner.holdOut=19980101-19980107} leaves those days out of every trainer (segmentation, POS,
 * NER tagger and its name list) and makes them the slice that {@code NerEval} and {@code TrainModels} score. Days
 * after 19980127 (the dev-test) are refused, so the window can never touch it.
 */
public final class HoldOut {
    private static final int FROM;
    private static final int TO;

    static {
        String spec = System.getProperty("tiqu.ner.holdOut", "");
        if (spec.isBlank()) {
            FROM = TO = -1;
        } else {
            String[] parts = spec.strip().split("-");
            if (parts.length != 2) {
                throw new IllegalArgumentException("tiqu.ner.holdOut wants FROM-TO (yyyymmdd-yyyymmdd), got " + spec);
            }
            FROM = Integer.parseInt(parts[0]);
            TO = Integer.parseInt(parts[1]);
            if (FROM > TO || FROM < 19980101 || TO > 19980127) {
                throw new IllegalArgumentException("tiqu.ner.holdOut must lie within the training split 19980101-19980127: " + spec);
            }
        }
    }

    private HoldOut() {
    }

    public static boolean isSet() {
        return FROM > 0;
    }

    /** Whether the paragraph of this day is held out (never when no window is set). */
    public static boolean contains(int date) {
        return FROM > 0 && date >= FROM && date <= TO;
    }
}
