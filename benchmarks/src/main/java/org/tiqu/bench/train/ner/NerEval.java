package org.tiqu.bench.train.ner;

import org.tiqu.Entity;
import org.tiqu.EntityType;
import org.tiqu.Extractor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Quick exact-span scorer of the whole {@link Extractor} on the People's Daily 1998-01 dev-test split (paragraphs
 * dated 19980128–19980131), PERSON / PLACE / ORGANIZATION. With a second argument {@code errors}, prints the misses
 * (FN) and false alarms (FP) too.
 *
 * <pre>java -cp ... org.tiqu.bench.train.ner.NerEval ../shared/data/pd98/199801.utf8.txt [errors]</pre>
 */
public final class NerEval {
    private NerEval() {
    }

    public static void main(String[] args) throws IOException {
        Extractor x = Extractor.builder().findReferenceDate(false).keywords(0).build();
        boolean errors = args.length > 1 && args[1].equals("errors");
        NerScore score = new NerScore();
        long chars = 0, nanos = 0;
        for (Pd98.Paragraph p : Pd98.read(Path.of(args[0]))) {
            if (Pd98.isTrain(p)) {
                continue;
            }
            long t0 = System.nanoTime();
            List<Entity> es = x.extract(p.text()).entities();
            nanos += System.nanoTime() - t0;
            chars += p.text().length();
            List<Pd98.Span> pred = new ArrayList<>();
            for (Entity e : es) {
                int t = e.type() == EntityType.PERSON ? 0 : e.type() == EntityType.PLACE ? 1
                        : e.type() == EntityType.ORGANIZATION ? 2 : -1;
                if (t >= 0) {
                    pred.add(new Pd98.Span(t, e.start(), e.end()));
                }
            }
            score.add(p.spans(), pred);
            if (errors) {
                Set<Pd98.Span> outer = new HashSet<>(NerScore.outermost(pred));
                Set<Pd98.Span> gold = new HashSet<>(p.spans());
                for (Pd98.Span s : p.spans()) {
                    if (!outer.contains(s)) {
                        System.out.println("FN " + Pd98.TYPES[s.type()] + " " + show(p.text(), s));
                    }
                }
                for (Pd98.Span s : outer) {
                    if (!gold.contains(s)) {
                        System.out.println("FP " + Pd98.TYPES[s.type()] + " " + show(p.text(), s));
                    }
                }
            }
        }
        System.out.print(score);
        System.out.printf("%d chars, %.0f chars/s (single thread, incl. warm-up)%n", chars, chars / (nanos / 1e9));
    }

    private static String show(String text, Pd98.Span s) {
        return text.substring(s.start(), s.end()) + "  | " + text.substring(Math.max(0, s.start() - 8), s.start())
                + "[" + text.substring(s.start(), s.end()) + "]" + text.substring(s.end(), Math.min(text.length(), s.end() + 8));
    }
}
