package org.tiqu.bench.eval;

import org.tiqu.Extractor;
import org.tiqu.Token;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Section 1: SIGHAN 2005 PKU word segmentation (word P/R/F1, OOV recall) for tiqu and raw HanLP. */
final class SegmentationSection {
    /** Lines evaluated in quick mode. */
    static final int QUICK_LINES = 300;

    private SegmentationSection() {
    }

    static String run(Path data, boolean quick) {
        Path dir = data.resolve("sighan2005");
        List<String> input = lines(dir.resolve("pku_test.utf8"));
        List<String> gold = lines(dir.resolve("pku_test_gold.utf8"));
        if (input.size() != gold.size()) {
            throw new IllegalStateException("pku_test has " + input.size() + " lines but the gold has " + gold.size());
        }
        Set<String> training = new HashSet<>();
        for (String w : lines(dir.resolve("pku_training_words.utf8"))) {
            if (!w.isBlank()) {
                training.add(w.strip());
            }
        }
        int n = quick ? Math.min(QUICK_LINES, input.size()) : input.size();

        Extractor tiqu = Extractor.defaults();
        HanlpBaseline viterbi = HanlpBaseline.viterbi();
        HanlpBaseline placeOrg = HanlpBaseline.viterbiPlaceOrg();
        SegScorer.Counts cTiqu = SegScorer.Counts.ZERO;
        SegScorer.Counts cViterbi = SegScorer.Counts.ZERO;
        SegScorer.Counts cPlaceOrg = SegScorer.Counts.ZERO;
        int evaluated = 0;
        for (int i = 0; i < n; i++) {
            String line = input.get(i);
            List<String> goldWords = Texts.splitSpace(gold.get(i));
            if (line.isBlank() && goldWords.isEmpty()) {
                continue;
            }
            evaluated++;
            List<String> tiquWords = new ArrayList<>();
            for (Token t : tiqu.extract(line).tokens()) {
                tiquWords.add(line.substring(t.start(), t.end()));
            }
            cTiqu = cTiqu.plus(SegScorer.score(goldWords, tiquWords, training));
            cViterbi = cViterbi.plus(SegScorer.score(goldWords, viterbi.words(line), training));
            cPlaceOrg = cPlaceOrg.plus(SegScorer.score(goldWords, placeOrg.words(line), training));
        }

        MarkdownTable t = new MarkdownTable("system", "P", "R", "F1", "OOV R", "gold", "predicted", "correct",
                "OOV gold", "OOV correct");
        add(t, "tiqu", cTiqu);
        add(t, "HanLP Viterbi (`HanLP.newSegment()`)", cViterbi);
        add(t, "HanLP Viterbi + place + org", cPlaceOrg);
        StringBuilder md = new StringBuilder();
        md.append("## 1. Word segmentation: SIGHAN 2005 PKU test\n\n");
        md.append(evaluated).append(" lines").append(quick ? " (quick subset)" : "")
                .append("; icwb2 scoring: a word is correct when its character span (whitespace removed) equals a"
                        + " gold word's. OOV = gold word not in `pku_training_words.utf8`.\n\n");
        md.append(t.render());
        long misaligned = cTiqu.misaligned() + cViterbi.misaligned() + cPlaceOrg.misaligned();
        md.append('\n');
        md.append("PKU splits person names into surname and given name (`毛  泽东`) and keeps numbers with their"
                + " units; systems that write a full name as one word lose both parts here.");
        if (misaligned > 0) {
            md.append(" Lines whose characters differ from the gold: tiqu ").append(cTiqu.misaligned())
                    .append(", HanLP ").append(cViterbi.misaligned()).append(", HanLP + place + org ")
                    .append(cPlaceOrg.misaligned()).append('.');
        }
        md.append("\n\n");
        return md.toString();
    }

    private static void add(MarkdownTable t, String name, SegScorer.Counts c) {
        Prf p = c.words();
        t.row(name, MarkdownTable.pct(p.precision()), MarkdownTable.pct(p.recall()), MarkdownTable.pct(p.f1()),
                MarkdownTable.pct(c.oovRecall()), p.gold(), p.predicted(), p.correct(), c.oovGold(), c.oovCorrect());
    }

    /** The lines of a UTF-8 file, CRLF or LF. */
    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
