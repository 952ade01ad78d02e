package org.tiqu.bench.train.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Exact-span P/R/F1 per type for PERSON / PLACE / ORGANIZATION. Gold does not nest, so only the outermost
 * predicted spans are scored: a predicted span inside another predicted span (of any type) is ignored.
 */
public final class NerScore {
    private final int[] tp = new int[3], fp = new int[3], fn = new int[3];
    /**
     * Error classes per type: a missed gold span is a TYPE error when a prediction has its exact span with another
     * type, a BOUNDARY error when an overlapping prediction has its type, CROSSED when only one of another type
     * overlaps, else a MISS; a wrong prediction overlapping no gold span is a FALSE alarm.
     */
    private final int[][] classes = new int[3][5];
    private static final String[] CLASS_NAMES = {"type", "boundary", "crossed", "miss", "false alarm"};

    public void add(List<Pd98.Span> gold, List<Pd98.Span> predicted) {
        List<Pd98.Span> outer = outermost(predicted);
        Set<Pd98.Span> g = new HashSet<>(gold);
        Set<Pd98.Span> p = new HashSet<>(outer);
        for (Pd98.Span s : p) {
            if (g.contains(s)) {
                tp[s.type()]++;
            } else {
                fp[s.type()]++;
            }
        }
        for (Pd98.Span s : g) {
            if (!p.contains(s)) {
                fn[s.type()]++;
                int k = 3;
                for (Pd98.Span o : p) {
                    if (o.start() == s.start() && o.end() == s.end()) {
                        k = 0;
                        break;
                    }
                    if (o.start() < s.end() && s.start() < o.end()) {
                        k = Math.min(k, o.type() == s.type() ? 1 : 2);
                    }
                }
                classes[s.type()][k]++;
            }
        }
        for (Pd98.Span s : p) {
            if (!g.contains(s)) {
                boolean overlaps = false;
                for (Pd98.Span o : g) {
                    overlaps |= o.start() < s.end() && s.start() < o.end();
                }
                if (!overlaps) {
                    classes[s.type()][4]++;
                }
            }
        }
    }

    /** @return the error classes per type, one line each */
    public String errorClasses() {
        StringBuilder sb = new StringBuilder();
        for (int t = 0; t < 3; t++) {
            sb.append(String.format(Locale.ROOT, "%-12s", Pd98.TYPES[t]));
            for (int k = 0; k < CLASS_NAMES.length; k++) {
                sb.append(String.format(Locale.ROOT, "  %s %d", CLASS_NAMES[k], classes[t][k]));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * The error class of {@code s}, a gold span missed or a predicted span wrong, against the spans of the other side:
     * type (same span, other type), boundary (overlaps one of its type), crossed (overlaps only other types), miss /
     * false alarm (overlaps nothing).
     */
    static String errorClass(Pd98.Span s, java.util.Collection<Pd98.Span> other, boolean gold) {
        int k = 3;
        for (Pd98.Span o : other) {
            if (o.start() == s.start() && o.end() == s.end()) {
                return CLASS_NAMES[0];
            }
            if (o.start() < s.end() && s.start() < o.end()) {
                k = Math.min(k, o.type() == s.type() ? 1 : 2);
            }
        }
        return k == 3 ? (gold ? CLASS_NAMES[3] : CLASS_NAMES[4]) : CLASS_NAMES[k];
    }

    static List<Pd98.Span> outermost(List<Pd98.Span> spans) {
        List<Pd98.Span> out = new ArrayList<>();
        for (Pd98.Span s : spans) {
            boolean inside = false;
            for (Pd98.Span o : spans) {
                if (o != s && o.start() <= s.start() && s.end() <= o.end() && o.end() - o.start() > s.end() - s.start()) {
                    inside = true;
                    break;
                }
            }
            if (!inside) {
                out.add(s);
            }
        }
        return out;
    }

    public double f1(int t) {
        double p = tp[t] == 0 ? 0 : tp[t] / (double) (tp[t] + fp[t]);
        double r = tp[t] == 0 ? 0 : tp[t] / (double) (tp[t] + fn[t]);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int t = 0; t < 3; t++) {
            double p = tp[t] == 0 ? 0 : tp[t] / (double) (tp[t] + fp[t]);
            double r = tp[t] == 0 ? 0 : tp[t] / (double) (tp[t] + fn[t]);
            sb.append(String.format(Locale.ROOT, "%-12s P %5.2f R %5.2f F1 %5.2f  (tp %d fp %d fn %d)%n",
                    Pd98.TYPES[t], 100 * p, 100 * r, 100 * f1(t), tp[t], fp[t], fn[t]));
        }
        return sb.toString();
    }
}
