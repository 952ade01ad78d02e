package org.tiqu.bench.eval;

import org.tiqu.Entity;
import org.tiqu.Extractor;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Section 2: PERSON / PLACE / ORGANIZATION / DATE on the People's Daily 1998-01 dev-test split. */
final class Pd98NerSection {
    /** Paragraphs evaluated in quick mode. */
    static final int QUICK_PARAGRAPHS = 150;
    static final Set<String> NER = Set.of("PERSON", "PLACE", "ORGANIZATION");
    /** Types that may hold a name and that People's Daily may write as one word (邓小平理论/n). */
    static final Set<String> OUTER = Set.of("POLICY", "DOCUMENT");

    private Pd98NerSection() {
    }

    static String run(List<Pd98Reader.Paragraph> all, boolean quick) {
        List<Pd98Reader.Paragraph> paras = quick ? all.subList(0, Math.min(QUICK_PARAGRAPHS, all.size())) : all;
        Extractor tiqu = Extractor.defaults();
        HanlpBaseline hanlp = HanlpBaseline.viterbiPlaceOrg();
        XkTimeDates xk = new XkTimeDates();
        Map<String, Prf> cTiqu = new LinkedHashMap<>();
        Map<String, Prf> cHanlp = new LinkedHashMap<>();
        Prf cXk = Prf.ZERO;
        Prf placeAbbrevTiqu = Prf.ZERO, placeAbbrevHanlp = Prf.ZERO;
        int abbrevTiqu = 0, abbrevHanlp = 0;
        int inWordsTiqu = 0, inWordsHanlp = 0;
        long chars = 0;
        for (Pd98Reader.Paragraph p : paras) {
            String text = p.text();
            chars += text.length();
            List<Annotation> gold = Pd98Reader.gold(p);
            List<Annotation> predTiqu = new ArrayList<>();
            for (Entity e : tiqu.extract(text).entities()) {
                String type = e.type().name();
                if (NER.contains(type) || type.equals("DATE") || OUTER.contains(type)) {
                    predTiqu.add(new Annotation(type, e.start(), e.end(), e.value()));
                }
            }
            Set<List<Integer>> words = words(p);
            List<Annotation> allHanlp = hanlp.entities(text);
            List<Annotation> keptInWordsTiqu = Scorer.withoutNamesInsideWholeWords(predTiqu, NER, OUTER, words);
            List<Annotation> keptInWordsHanlp = Scorer.withoutNamesInsideWholeWords(allHanlp, NER, OUTER, words);
            inWordsTiqu += predTiqu.size() - keptInWordsTiqu.size();
            inWordsHanlp += allHanlp.size() - keptInWordsHanlp.size();
            predTiqu = prepare(text, gold, keptInWordsTiqu);
            List<Annotation> predHanlp = prepare(text, gold, keptInWordsHanlp);
            LocalDate date = LocalDate.of(Integer.parseInt(p.date().substring(0, 4)),
                    Integer.parseInt(p.date().substring(4, 6)), Integer.parseInt(p.date().substring(6, 8)));
            List<Annotation> predXk = Scorer.trimPd98DateSuffixes(text, gold, xk.dates(text, date));
            for (String type : List.of("PERSON", "PLACE", "ORGANIZATION", "DATE")) {
                cTiqu.merge(type, Scorer.exact(gold, predTiqu, type), Prf::plus);
                cHanlp.merge(type, Scorer.exact(gold, predHanlp, type), Prf::plus);
            }
            cTiqu.merge("micro", Scorer.exact(gold, predTiqu, NER), Prf::plus);
            cHanlp.merge("micro", Scorer.exact(gold, predHanlp, NER), Prf::plus);
            cXk = cXk.plus(Scorer.exact(gold, predXk, "DATE"));
            List<Annotation> keptTiqu = withoutAbbreviations(p, predTiqu);
            List<Annotation> keptHanlp = withoutAbbreviations(p, predHanlp);
            abbrevTiqu += predTiqu.size() - keptTiqu.size();
            abbrevHanlp += predHanlp.size() - keptHanlp.size();
            placeAbbrevTiqu = placeAbbrevTiqu.plus(Scorer.exact(gold, keptTiqu, "PLACE"));
            placeAbbrevHanlp = placeAbbrevHanlp.plus(Scorer.exact(gold, keptHanlp, "PLACE"));
        }

        Map<String, Prf> cArticles = articles(tiqu, paras);

        MarkdownTable t = new MarkdownTable("type", "system", "P", "R", "F1", "gold", "predicted", "correct");
        String hanlpName = "HanLP Viterbi + place + org";
        for (String type : List.of("PERSON", "PLACE", "ORGANIZATION")) {
            row(t, type, "tiqu", cTiqu.get(type));
            row(t, type, hanlpName, cHanlp.get(type));
        }
        row(t, "**micro PER+LOC+ORG**", "tiqu", cTiqu.get("micro"));
        row(t, "**micro PER+LOC+ORG**", hanlpName, cHanlp.get("micro"));
        row(t, "DATE", "tiqu", cTiqu.get("DATE"));
        row(t, "DATE", hanlpName, cHanlp.get("DATE"));
        row(t, "DATE", "xk-time 3.2.4 (`TimeNLPUtil`)", cXk);

        StringBuilder md = new StringBuilder();
        md.append("## 2. Entities: People's Daily 1998-01, dev-test split (19980128–19980131)\n\n");
        md.append(paras.size()).append(" paragraphs, ").append(chars).append(" characters")
                .append(quick ? " (quick subset)" : "").append("; exact span + type.\n\n");
        md.append(t.render());
        md.append('\n');
        md.append("- Gold: a run of adjacent `nr` tokens is one PERSON (PD98 writes `江/nr 泽民/nr`), except a run of"
                + " four or more tokens that reads wholly as surname + given-name pairs, which is one PERSON per pair"
                + " (bylines and lists of leaders written without a separator: `王/nr 锦鹄/nr 毛/nr 磊/nr`); an `ns` token or"
                + " `[...]ns` compound is a PLACE; an `nt` token or `[...]nt` compound an ORGANIZATION; a run of"
                + " adjacent `t` tokens is one DATE. Tokens inside any `[...]xx` compound are not gold of their own"
                + " (e.g. 中国 in `[中国/ns 人民/n 政治/n 协商/vn 会议/n]nz`). HanLP's `nr*`/`ns*`/`nt*`/`t` terms are read the"
                + " same way (adjacent `nr*` and adjacent `t` terms merged; a run of `nr*` terms of two chars or more is"
                + " one PERSON per term).\n");
        MarkdownTable a = new MarkdownTable("type", "system", "P", "R", "F1", "gold", "predicted", "correct",
                "not scored");
        a.row("PLACE, one-char `j` abbreviations not scored", "tiqu", MarkdownTable.pct(placeAbbrevTiqu.precision()),
                MarkdownTable.pct(placeAbbrevTiqu.recall()), MarkdownTable.pct(placeAbbrevTiqu.f1()), placeAbbrevTiqu.gold(),
                placeAbbrevTiqu.predicted(), placeAbbrevTiqu.correct(), abbrevTiqu);
        a.row("PLACE, one-char `j` abbreviations not scored", hanlpName, MarkdownTable.pct(placeAbbrevHanlp.precision()),
                MarkdownTable.pct(placeAbbrevHanlp.recall()), MarkdownTable.pct(placeAbbrevHanlp.f1()), placeAbbrevHanlp.gold(),
                placeAbbrevHanlp.predicted(), placeAbbrevHanlp.correct(), abbrevHanlp);
        MarkdownTable w = new MarkdownTable("type", "system", "P", "R", "F1", "gold", "predicted", "correct");
        for (String type : List.of("PERSON", "PLACE", "ORGANIZATION", "micro")) {
            row(w, type.equals("micro") ? "**micro PER+LOC+ORG**" : type, "tiqu, whole articles", cArticles.get(type));
        }
        md.append("- Whole articles: users extract whole documents, not paragraphs. For information only (the table"
                + " above is the measure), tiqu again given each article as one text, its paragraphs joined by blank"
                + " lines, the entities scored per paragraph as above (one that crosses a paragraph break is a false"
                + " alarm of the paragraph it starts in). A name found in one paragraph is then found in"
                + " the others too, and a byline on its own line is read as one:\n\n");
        md.append(w.render());
        md.append('\n');
        md.append("- One-char abbreviations: DESIGN.md makes a one-char abbreviation of a country or province a PLACE"
                + " (中美关系 → 中, 美), while People's Daily tags them `j` (abbreviation) rather than `ns`, so the table"
                + " above counts each such PLACE as a false alarm. For information only (the table above is the"
                + " measure), PLACE again with every predicted one-char PLACE that is exactly a one-char `j` token"
                + " of the gold left out of the scoring, neither right nor wrong:\n\n");
        md.append(a.render());
        md.append('\n');
        md.append("- Nesting: gold does not nest, so among each system's predicted PERSON/PLACE/ORGANIZATION spans"
                + " those lying inside a larger predicted span of these types are dropped before scoring. A name inside"
                + " a predicted POLICY or DOCUMENT that People's Daily writes as one word (`邓小平理论/n`, `毛泽东思想/n`:"
                + " DESIGN.md wants the PERSON 邓小平 and the POLICY both, and the gold cannot mark a name inside a word)"
                + " is not scored either, neither right nor wrong: tiqu ").append(inWordsTiqu).append(", HanLP ")
                .append(inWordsHanlp).append(" such names. Where the gold splits the POLICY into words"
                + " (`中国/ns 特色/n 社会主义/n`), the names inside it are scored.\n");
        md.append("- DATE: People's Daily leaves 以来/来/底/初/末/前 and the parts of day 晚/早/夜 (`８日/t 晚/Tg`,"
                + " `晚/Tg ８时/t`) outside its `t` tokens, while tiqu (following `policy/GUIDELINE.md`) includes them. A"
                + " predicted DATE that misses the gold exactly but matches it once such a trailing suffix, or a leading"
                + " 晚/早/夜 before a clock time, is removed counts as a match (applied to every system; a"
                + " prediction that already matches, such as PD98's own `去年底/t`, is not cut).\n");
        md.append("- The text keeps PD98's full-width digits (`１９９８年`); tiqu folds them internally and offsets"
                + " index the given string. xk-time's patterns know only ASCII digits, so it is given a copy with"
                + " full-width digits and letters folded one-for-one (same offsets), and the paragraph date as its"
                + " base time (see section 3 for its settings).");
        if (xk.unlocated() > 0) {
            md.append(" xk-time expressions that could not be located in the text: ").append(xk.unlocated()).append('.');
        }
        md.append("\n\n");
        return md.toString();
    }

    /**
     * PERSON / PLACE / ORGANIZATION (and their micro sum) of {@code tiqu} given each article (consecutive paragraphs
     * of one {@link Pd98Reader.Paragraph#article}) as one text, joined by blank lines, scored per paragraph.
     */
    private static Map<String, Prf> articles(Extractor tiqu, List<Pd98Reader.Paragraph> paras) {
        Map<String, Prf> out = new LinkedHashMap<>();
        for (int i = 0; i < paras.size(); ) {
            int j = i + 1;
            while (j < paras.size() && paras.get(j).article().equals(paras.get(i).article())) {
                j++;
            }
            StringBuilder text = new StringBuilder();
            int[] starts = new int[j - i];
            for (int k = i; k < j; k++) {
                if (k > i) {
                    text.append("\n\n");
                }
                starts[k - i] = text.length();
                text.append(paras.get(k).text());
            }
            List<Entity> es = tiqu.extract(text.toString()).entities();
            for (int k = i; k < j; k++) {
                Pd98Reader.Paragraph p = paras.get(k);
                int from = starts[k - i], to = from + p.text().length();
                List<Annotation> pred = new ArrayList<>();
                for (Entity e : es) {
                    String type = e.type().name();
                    if (e.start() >= from && e.start() < to && (NER.contains(type) || OUTER.contains(type))) {
                        // one running past the paragraph keeps its end: it can match no gold span of it
                        pred.add(new Annotation(type, e.start() - from, e.end() - from, e.value()));
                    }
                }
                List<Annotation> gold = Pd98Reader.gold(p);
                pred = prepare(p.text(), gold, Scorer.withoutNamesInsideWholeWords(pred, NER, OUTER, words(p)));
                for (String type : List.of("PERSON", "PLACE", "ORGANIZATION")) {
                    out.merge(type, Scorer.exact(gold, pred, type), Prf::plus);
                }
                out.merge("micro", Scorer.exact(gold, pred, NER), Prf::plus);
            }
            i = j;
        }
        return out;
    }

    /** The paragraph's gold words as {@code [start, end]} pairs. */
    static Set<List<Integer>> words(Pd98Reader.Paragraph p) {
        Set<List<Integer>> out = new java.util.HashSet<>();
        for (Pd98Reader.Word w : p.words()) {
            out.add(List.of(w.start(), w.end()));
        }
        return out;
    }

    /** The predictions less the one-char PLACEs that are exactly a one-char {@code j} token of the paragraph. */
    private static List<Annotation> withoutAbbreviations(Pd98Reader.Paragraph p, List<Annotation> pred) {
        java.util.Set<Integer> abbrev = new java.util.HashSet<>();
        for (Pd98Reader.Word w : p.words()) {
            if (w.end() - w.start() == 1 && w.pos().equals("j")) {
                abbrev.add(w.start());
            }
        }
        List<Annotation> out = new ArrayList<>(pred.size());
        for (Annotation x : pred) {
            if (!(x.type().equals("PLACE") && x.end() - x.start() == 1 && abbrev.contains(x.start()))) {
                out.add(x);
            }
        }
        return out;
    }

    /** The outermost NER spans and the PD98 DATE-suffix rule, in that order. */
    static List<Annotation> prepare(String text, List<Annotation> gold, List<Annotation> pred) {
        return Scorer.trimPd98DateSuffixes(text, gold, Scorer.outermost(pred, NER));
    }

    static void row(MarkdownTable t, String type, String system, Prf p) {
        t.row(type, system, MarkdownTable.pct(p.precision()), MarkdownTable.pct(p.recall()),
                MarkdownTable.pct(p.f1()), p.gold(), p.predicted(), p.correct());
    }
}
