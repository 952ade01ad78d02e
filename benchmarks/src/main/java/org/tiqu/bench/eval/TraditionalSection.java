package org.tiqu.bench.eval;

import org.tiqu.Entity;
import org.tiqu.Extractor;
import org.tiqu.Token;
import org.tiqu.bench.train.BuildTraditional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Section 2b: the PKU test and the People's Daily dev-test written in traditional script, char by char, so that the
 * gold words and spans keep their offsets: how tiqu and raw HanLP read Hong Kong, Taiwan and overseas Chinese text.
 * The conversion takes the first choice of each one-char entry of OpenCC's {@code s2t.txt} in HanLP's jar (发 → 發,
 * 干 → 幹, 后 → 後), so it is coarser than a writer's (頭髮 comes out 頭發), and the text keeps its simplified-only
 * words.
 */
final class TraditionalSection {
    private TraditionalSection() {
    }

    /** Simplified char to its first traditional char, BMP to BMP, one for one. */
    private static final char[] S2T = table();

    private static char[] table() {
        char[] t = new char[65536];
        for (int c = 0; c < t.length; c++) {
            t[c] = (char) c;
        }
        try {
            for (String[] p : BuildTraditional.pairs("s2t.txt")) {
                if (p[0].length() == 1 && !p[1].isEmpty() && !Character.isSurrogate(p[0].charAt(0))
                        && !Character.isSurrogate(p[1].charAt(0))) {
                    t[p[0].charAt(0)] = p[1].charAt(0); // the first choice of 发=發 髮
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return t;
    }

    /** {@code s} in traditional script, char for char. */
    static String traditional(String s) {
        char[] out = s.toCharArray();
        for (int i = 0; i < out.length; i++) {
            out[i] = S2T[out[i]];
        }
        return new String(out);
    }

    static String run(Path data, List<Pd98Reader.Paragraph> devTest, boolean quick) {
        Extractor tiqu = Extractor.defaults();
        HanlpBaseline viterbi = HanlpBaseline.viterbi();
        HanlpBaseline placeOrg = HanlpBaseline.viterbiPlaceOrg();

        Path dir = data.resolve("sighan2005");
        List<String> input = SegmentationSection.lines(dir.resolve("pku_test.utf8"));
        List<String> gold = SegmentationSection.lines(dir.resolve("pku_test_gold.utf8"));
        Set<String> training = new HashSet<>();
        for (String w : SegmentationSection.lines(dir.resolve("pku_training_words.utf8"))) {
            if (!w.isBlank()) {
                training.add(traditional(w.strip()));
            }
        }
        int n = quick ? Math.min(SegmentationSection.QUICK_LINES, input.size()) : input.size();
        SegScorer.Counts segTiqu = SegScorer.Counts.ZERO, segHanlp = SegScorer.Counts.ZERO;
        for (int i = 0; i < n; i++) {
            String line = traditional(input.get(i));
            List<String> goldWords = Texts.splitSpace(traditional(gold.get(i)));
            if (line.isBlank() && goldWords.isEmpty()) {
                continue;
            }
            List<String> words = new ArrayList<>();
            for (Token t : tiqu.extract(line).tokens()) {
                words.add(line.substring(t.start(), t.end()));
            }
            segTiqu = segTiqu.plus(SegScorer.score(goldWords, words, training));
            segHanlp = segHanlp.plus(SegScorer.score(goldWords, viterbi.words(line), training));
        }

        List<Pd98Reader.Paragraph> paras = quick
                ? devTest.subList(0, Math.min(Pd98NerSection.QUICK_PARAGRAPHS, devTest.size())) : devTest;
        Map<String, Prf> nerTiqu = new LinkedHashMap<>(), nerHanlp = new LinkedHashMap<>();
        Set<String> ner = Pd98NerSection.NER, outer = Pd98NerSection.OUTER;
        for (Pd98Reader.Paragraph p : paras) {
            String text = traditional(p.text());
            List<Annotation> goldSpans = Pd98Reader.gold(p);
            List<Annotation> predTiqu = new ArrayList<>();
            for (Entity e : tiqu.extract(text).entities()) {
                String type = e.type().name();
                if (ner.contains(type) || outer.contains(type)) {
                    predTiqu.add(new Annotation(type, e.start(), e.end(), e.value()));
                }
            }
            Set<List<Integer>> words = Pd98NerSection.words(p);
            predTiqu = Pd98NerSection.prepare(text, goldSpans,
                    Scorer.withoutNamesInsideWholeWords(predTiqu, ner, outer, words));
            List<Annotation> predHanlp = Pd98NerSection.prepare(text, goldSpans,
                    Scorer.withoutNamesInsideWholeWords(placeOrg.entities(text), ner, outer, words));
            for (String type : List.of("PERSON", "PLACE", "ORGANIZATION")) {
                nerTiqu.merge(type, Scorer.exact(goldSpans, predTiqu, type), Prf::plus);
                nerHanlp.merge(type, Scorer.exact(goldSpans, predHanlp, type), Prf::plus);
            }
            nerTiqu.merge("micro", Scorer.exact(goldSpans, predTiqu, ner), Prf::plus);
            nerHanlp.merge("micro", Scorer.exact(goldSpans, predHanlp, ner), Prf::plus);
        }

        MarkdownTable t = new MarkdownTable("task", "system", "P", "R", "F1", "gold", "predicted", "correct");
        row(t, "PKU segmentation", "tiqu", segTiqu.words());
        row(t, "PKU segmentation", "HanLP Viterbi", segHanlp.words());
        String hanlpName = "HanLP Viterbi + place + org";
        for (String type : List.of("PERSON", "PLACE", "ORGANIZATION", "micro")) {
            String name = type.equals("micro") ? "**micro PER+LOC+ORG**" : type;
            row(t, name, "tiqu", nerTiqu.get(type));
            row(t, name, hanlpName, nerHanlp.get(type));
        }
        StringBuilder md = new StringBuilder();
        md.append("## 2b. Traditional script: the same gold, converted\n\n");
        md.append("The PKU test (").append(n).append(" lines) and the dev-test paragraphs (").append(paras.size())
                .append(quick ? ", quick subsets" : "").append(") of sections 1 and 2, each char replaced by the first"
                        + " traditional char of OpenCC's one-char `s2t.txt` entry (HanLP's jar): 国务院 → 國務院. Offsets"
                        + " and gold stay as they were; scored as there (no DATE). A coarse conversion (头发 → 頭發),"
                        + " but the same text for both systems.\n\n");
        md.append(t.render());
        md.append("\n\n");
        return md.toString();
    }

    private static void row(MarkdownTable t, String task, String system, Prf p) {
        t.row(task, system, MarkdownTable.pct(p.precision()), MarkdownTable.pct(p.recall()),
                MarkdownTable.pct(p.f1()), p.gold(), p.predicted(), p.correct());
    }
}
