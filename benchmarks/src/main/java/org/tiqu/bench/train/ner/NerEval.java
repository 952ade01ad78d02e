package org.tiqu.bench.train.ner;

import org.tiqu.Entity;
import org.tiqu.bench.eval.Pd98Reader;
import org.tiqu.Extractor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Quick exact-span scorer of the whole {@link Extractor} on the People's Daily 1998-01 dev-test split (paragraphs
 * dated 19980128–19980131; with {@code -Dtiqu.ner.trainEnd=19980124} the held-out training days 25–27 instead),
 * PERSON / PLACE / ORGANIZATION, beside the tagger alone. With a second argument {@code errors}, prints the misses
 * (FN) and false alarms (FP) too; {@code FN!} / {@code FP!} mark errors the tagger alone did not make. With
 * {@code -Dtiqu.ner.unit=article} each article is extracted as one text (the Evaluator extracts paragraph by
 * paragraph).
 *
 * <pre>java -cp ... org.tiqu.bench.train.ner.NerEval ../shared/data/pd98/199801.utf8.txt [errors]</pre>
 */
public final class NerEval {
    private NerEval() {
    }

    public static void main(String[] args) throws IOException {
        Extractor x = Extractor.builder().findReferenceDate(false).keywords(0).build();
        org.tiqu.internal.seg.Segmenter segmenter = org.tiqu.internal.seg.Segmenter.shipped().awaitLoaded();
        boolean errors = args.length > 1 && args[1].equals("errors");
        NerScore score = new NerScore(), taggerScore = new NerScore();
        org.tiqu.internal.ner.CharTagger tagger = org.tiqu.internal.ner.NerRecognizer.defaultTagger();
        org.tiqu.internal.ner.NerLexicon lex = org.tiqu.internal.ner.NerLexicon.get();
        long chars = 0, nanos = 0;
        List<Pd98.Paragraph> paragraphs = Pd98.read(Path.of(args[0]));
        // the evaluated paragraphs' gold words, for the evaluator's rule on names inside whole words (邓小平理论/n)
        java.util.Map<String, Set<List<Integer>>> words = new java.util.HashMap<>();
        for (Pd98Reader.Paragraph p : Pd98Reader.read(Path.of(args[0]), d -> Pd98.isEvalDate(Integer.parseInt(d)))) {
            Set<List<Integer>> ws = new HashSet<>();
            for (Pd98Reader.Word w : p.words()) {
                ws.add(List.of(w.start(), w.end()));
            }
            words.put(p.id(), ws);
        }
        // -Dtiqu.ner.unit=article: each article's paragraphs are extracted as one text (joined by blank lines), so
        // that what is recognised in one paragraph can help in the others; spans are scored per paragraph as usual
        // (an entity the extractor reports across two paragraphs is lost)
        java.util.Map<String, List<Pd98.Span>> byArticle = "article".equals(System.getProperty("tiqu.ner.unit"))
                ? articleSpans(x, paragraphs, words) : null;
        for (Pd98.Paragraph p : paragraphs) {
            if (!Pd98.isEval(p)) {
                continue;
            }
            char[] fc = org.tiqu.internal.ner.NerFeatures.fold(p.text(), 0, p.text().length());
            // the tagger alone reads the segmenter's words of the normalized text, as in extraction
            String norm = org.tiqu.internal.text.Normalizer.normalize(p.text()).text();
            int[] segmented = norm.length() != p.text().length() ? null
                    : org.tiqu.internal.ner.NerFeatures.wordInfo(fc.length, segmenter.segment(norm));
            int[] labels = new int[fc.length];
            tagger.tag(fc, org.tiqu.internal.ner.NerFeatures.lexiconCodes(fc, lex), segmented, 0, fc.length, labels, null);
            List<Pd98.Span> alone = TrainNer.spans(labels);
            taggerScore.add(p.spans(), alone);
            long t0 = System.nanoTime();
            List<Pd98.Span> pred = byArticle != null ? byArticle.getOrDefault(p.id(), List.of())
                    : spans(x.extract(p.text()).entities(), 0, p.text().length(), words.get(p.id()));
            nanos += System.nanoTime() - t0;
            chars += p.text().length();
            score.add(p.spans(), pred);
            if (errors) {
                Set<Pd98.Span> outer = new HashSet<>(NerScore.outermost(pred));
                Set<Pd98.Span> gold = new HashSet<>(p.spans());
                Set<Pd98.Span> taggerSet = new HashSet<>(alone);
                // tag: '!' where the tagger alone was right (the rules broke it), '+' where only the rules fixed it
                for (Pd98.Span s : p.spans()) {
                    if (!outer.contains(s)) {
                        System.out.println((taggerSet.contains(s) ? "FN! " : "FN  ") + Pd98.TYPES[s.type()] + " " + show(p.text(), s)
                                + "  {" + NerScore.errorClass(s, outer, true) + "}");
                    }
                }
                for (Pd98.Span s : outer) {
                    if (!gold.contains(s)) {
                        System.out.println((taggerSet.contains(s) ? "FP  " : "FP! ") + Pd98.TYPES[s.type()] + " " + show(p.text(), s)
                                + "  {" + NerScore.errorClass(s, gold, false) + "}");
                    }
                }
            }
        }
        System.out.println("tagger alone:");
        System.out.print(taggerScore);
        System.out.print(taggerScore.errorClasses());
        System.out.println("full extractor:");
        System.out.print(score);
        System.out.print(score.errorClasses());
        System.out.printf("%d chars, %.0f chars/s (single thread, incl. warm-up)%n", chars, chars / (nanos / 1e9));
    }

    /**
     * PERSON / PLACE / ORGANIZATION entities lying in [from, to), shifted to start at from; with the paragraph's gold
     * words, less the names inside a POLICY or DOCUMENT that gold writes as one word, as the evaluator scores them
     * ({@link org.tiqu.bench.eval.Scorer#withoutNamesInsideWholeWords}).
     */
    private static List<Pd98.Span> spans(List<Entity> es, int from, int to, Set<List<Integer>> goldWords) {
        List<org.tiqu.bench.eval.Annotation> all = new ArrayList<>();
        for (Entity e : es) {
            if (e.start() >= from && e.end() <= to) {
                all.add(new org.tiqu.bench.eval.Annotation(e.type().name(), e.start() - from, e.end() - from));
            }
        }
        if (goldWords != null) {
            all = org.tiqu.bench.eval.Scorer.withoutNamesInsideWholeWords(all, NER, OUTER, goldWords);
        }
        List<Pd98.Span> out = new ArrayList<>();
        for (org.tiqu.bench.eval.Annotation a : all) {
            int t = java.util.Arrays.asList(Pd98.TYPES).indexOf(a.type());
            if (t >= 0) {
                out.add(new Pd98.Span(t, a.start(), a.end()));
            }
        }
        return out;
    }

    private static final Set<String> NER = Set.of(Pd98.TYPES);
    private static final Set<String> OUTER = Set.of("POLICY", "DOCUMENT");

    /** The evaluated paragraphs' predicted spans when each article (id YYYYMMDD-page-article) is one text. */
    private static java.util.Map<String, List<Pd98.Span>> articleSpans(Extractor x, List<Pd98.Paragraph> paragraphs,
                                                                    java.util.Map<String, Set<List<Integer>>> words) {
        java.util.Map<String, List<Pd98.Paragraph>> articles = new java.util.LinkedHashMap<>();
        for (Pd98.Paragraph p : paragraphs) {
            if (Pd98.isEval(p)) {
                articles.computeIfAbsent(p.id().substring(0, p.id().lastIndexOf('-')), k -> new ArrayList<>()).add(p);
            }
        }
        java.util.Map<String, List<Pd98.Span>> out = new java.util.HashMap<>();
        for (List<Pd98.Paragraph> article : articles.values()) {
            StringBuilder text = new StringBuilder();
            for (Pd98.Paragraph p : article) {
                text.append(p.text()).append("\n\n");
            }
            List<Entity> es = x.extract(text.toString()).entities();
            int at = 0;
            for (Pd98.Paragraph p : article) {
                out.put(p.id(), spans(es, at, at + p.text().length(), words.get(p.id())));
                at += p.text().length() + 2;
            }
        }
        return out;
    }

    private static String show(String text, Pd98.Span s) {
        return text.substring(s.start(), s.end()) + "  | " + text.substring(Math.max(0, s.start() - 8), s.start())
                + "[" + text.substring(s.start(), s.end()) + "]" + text.substring(s.end(), Math.min(text.length(), s.end() + 8));
    }
}
