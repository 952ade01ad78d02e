package org.tiqu.bench.eval;

/**
 * Counts behind precision, recall and F1. Immutable; {@link #plus(Prf)} adds counts (micro-averaging).
 *
 * @param gold      gold items
 * @param predicted predicted items
 * @param correct   predicted items that match a gold item
 */
public record Prf(long gold, long predicted, long correct) {
    /** No items at all. */
    public static final Prf ZERO = new Prf(0, 0, 0);

    /** @throws IllegalArgumentException when a count is negative or correct exceeds gold or predicted */
    public Prf {
        if (gold < 0 || predicted < 0 || correct < 0 || correct > gold || correct > predicted) {
            throw new IllegalArgumentException("inconsistent counts: gold=" + gold + " predicted=" + predicted
                    + " correct=" + correct);
        }
    }

    /** @return correct / predicted, 0 when nothing was predicted */
    public double precision() {
        return predicted == 0 ? 0 : (double) correct / predicted;
    }

    /** @return correct / gold, 0 when there is no gold */
    public double recall() {
        return gold == 0 ? 0 : (double) correct / gold;
    }

    /** @return harmonic mean of precision and recall, 0 when both are 0 */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** @return the counts of both added together */
    public Prf plus(Prf other) {
        return new Prf(gold + other.gold, predicted + other.predicted, correct + other.correct);
    }
}
