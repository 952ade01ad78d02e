package org.tiqu.bench.eval;

import org.tiqu.Entity;
import org.tiqu.Extractor;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Section 3: POLICY / DATE / DOCUMENT spans and DATE values on {@code policy/dev.jsonl}. */
final class PolicySection {
    static final Set<String> TYPES = Set.of("POLICY", "DATE", "DOCUMENT");

    private PolicySection() {
    }

    static String run(Path data) {
        List<PolicyDevReader.Passage> passages = PolicyDevReader.read(data.resolve("policy").resolve("dev.jsonl"));
        Map<LocalDate, Extractor> extractors = new HashMap<>();
        XkTimeDates xk = new XkTimeDates();
        Map<String, Prf> cTiqu = new LinkedHashMap<>();
        Prf cXk = Prf.ZERO;
        long policyGold = 0;
        long policyOverlap = 0;
        Scorer.ValueCounts vTiqu = new Scorer.ValueCounts(0, 0);
        Scorer.ValueCounts vXk = new Scorer.ValueCounts(0, 0);
        long chars = 0;
        for (PolicyDevReader.Passage p : passages) {
            chars += p.text().length();
            Extractor tiqu = extractors.computeIfAbsent(p.docDate(),
                    d -> Extractor.builder().referenceDate(d).build());
            List<Annotation> predTiqu = new ArrayList<>();
            for (Entity e : tiqu.extract(p.text()).entities()) {
                if (TYPES.contains(e.type().name())) {
                    predTiqu.add(new Annotation(e.type().name(), e.start(), e.end(), e.value()));
                }
            }
            predTiqu = Scorer.outermost(predTiqu, TYPES);
            List<Annotation> predXk = Scorer.outermost(xk.dates(p.text(), p.docDate()), TYPES);
            for (String type : List.of("POLICY", "DATE", "DOCUMENT")) {
                cTiqu.merge(type, Scorer.exact(p.gold(), predTiqu, type), Prf::plus);
            }
            cTiqu.merge("micro", Scorer.exact(p.gold(), predTiqu, TYPES), Prf::plus);
            cXk = cXk.plus(Scorer.exact(p.gold(), predXk, "DATE"));
            policyGold += p.gold().stream().filter(a -> a.type().equals("POLICY")).count();
            policyOverlap += Scorer.overlapFound(p.gold(), predTiqu, "POLICY");
            vTiqu = vTiqu.plus(Scorer.values(p.gold(), predTiqu, "DATE"));
            vXk = vXk.plus(Scorer.values(p.gold(), predXk, "DATE"));
        }

        MarkdownTable t = new MarkdownTable("type", "system", "P", "R", "F1", "gold", "predicted", "correct");
        Pd98NerSection.row(t, "POLICY", "tiqu", cTiqu.get("POLICY"));
        Pd98NerSection.row(t, "DATE", "tiqu", cTiqu.get("DATE"));
        Pd98NerSection.row(t, "DATE", "xk-time 3.2.4 (`TimeNLPUtil`)", cXk);
        Pd98NerSection.row(t, "DOCUMENT", "tiqu", cTiqu.get("DOCUMENT"));
        Pd98NerSection.row(t, "**micro**", "tiqu", cTiqu.get("micro"));

        MarkdownTable extra = new MarkdownTable("measure", "system", "value", "count", "of");
        extra.row("POLICY overlap recall (gold POLICY overlapped by a predicted POLICY)", "tiqu",
                MarkdownTable.pct(policyGold == 0 ? 0 : (double) policyOverlap / policyGold), policyOverlap, policyGold);
        long dateGold = cTiqu.get("DATE").gold();
        extra.row("DATE value accuracy on exact-matched spans", "tiqu", MarkdownTable.pct(vTiqu.accuracy()),
                vTiqu.correctValue(), vTiqu.matched());
        extra.row("DATE value accuracy on exact-matched spans", "xk-time", MarkdownTable.pct(vXk.accuracy()),
                vXk.correctValue(), vXk.matched());
        extra.row("DATE span and value correct, over all gold DATEs", "tiqu",
                MarkdownTable.pct(dateGold == 0 ? 0 : (double) vTiqu.correctValue() / dateGold), vTiqu.correctValue(),
                dateGold);
        extra.row("DATE span and value correct, over all gold DATEs", "xk-time",
                MarkdownTable.pct(dateGold == 0 ? 0 : (double) vXk.correctValue() / dateGold), vXk.correctValue(),
                dateGold);

        StringBuilder md = new StringBuilder();
        md.append("## 3. POLICY / DATE / DOCUMENT: `policy/dev.jsonl`\n\n");
        md.append(passages.size()).append(" passages, ").append(chars)
                .append(" characters (always evaluated in full); exact span + type, following"
                        + " `policy/GUIDELINE.md`.\n\n");
        md.append(t.render());
        md.append('\n');
        md.append(extra.render());
        md.append('\n');
        md.append("- tiqu runs with `Extractor.builder().referenceDate(doc_date)`. Among the predicted"
                + " POLICY/DATE/DOCUMENT spans, a span inside a larger one of these types is dropped before scoring"
                + " (a POLICY inside a DOCUMENT title is not counted), as the gold never nests.\n");
        md.append("- xk-time: `TimeNLPUtil.parse(text, base)` with base = doc_date at 00:00 and its"
                + " prefer-future option off (`TextAnalysis.getInstance().setPreferFuture(false)`; on, 15日 written on"
                + " 2023-08-16 would become 2023-09-15). It returns matched text only; the evaluator locates it in"
                + " xk-time's own preprocessed text (的 deleted, Chinese numerals made digits) and maps it back to"
                + " offsets. Its `timeNorm` is mapped to the guideline forms by granularity: year `YYYY`, month"
                + " `YYYY-MM`, day `YYYY-MM-DD`, clock `YYYY-MM-DDThh:mm` when the expression holds a clock time,"
                + " `TMO/TAF/TEV/TNI` from its hour when the expression names a part of day (上午...), else the hour is"
                + " dropped. It has no intervals, seasons, halves, quarters or vague references (`PAST_REF`...), so"
                + " those values cannot match.");
        if (xk.unlocated() > 0) {
            md.append(" xk-time expressions that could not be located in the text: ").append(xk.unlocated()).append('.');
        }
        md.append("\n\n");
        return md.toString();
    }
}
