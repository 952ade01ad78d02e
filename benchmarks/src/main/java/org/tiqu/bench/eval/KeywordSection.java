package org.tiqu.bench.eval;

import com.hankcs.hanlp.HanLP;
import org.tiqu.Extractor;
import org.tiqu.Keyword;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Section 4: keyword quality as headline recall@10 on People's Daily dev-test articles: how many of the
 * headline's content words appear inside one of the ten keywords computed from the article body.
 */
final class KeywordSection {
    /** Articles evaluated in quick mode. */
    static final int QUICK_ARTICLES = 25;
    static final int K = 10;
    /**
     * Content-tagged words that say nothing about a topic (light verbs, reporting verbs). Small on purpose;
     * headline words shorter than two characters are dropped anyway.
     */
    static final Set<String> STOPWORDS = Set.of("进行", "表示", "认为", "成为", "可以", "没有", "能够", "开始", "继续",
            "通过", "就是", "具有", "希望", "要求", "实现", "加强", "提出", "举行", "有关");

    private KeywordSection() {
    }

    /** An article: headline words and body text. */
    record Article(String id, Set<String> headlineWords, String body) {
    }

    /** Groups paragraphs into articles (same {@code YYYYMMDD-page-article} id); articles without a body are skipped. */
    static List<Article> articles(List<Pd98Reader.Paragraph> paras) {
        Map<String, List<Pd98Reader.Paragraph>> byArticle = new LinkedHashMap<>();
        for (Pd98Reader.Paragraph p : paras) {
            byArticle.computeIfAbsent(p.article(), k -> new ArrayList<>()).add(p);
        }
        List<Article> out = new ArrayList<>();
        for (Map.Entry<String, List<Pd98Reader.Paragraph>> e : byArticle.entrySet()) {
            List<Pd98Reader.Paragraph> ps = e.getValue();
            if (ps.size() < 2) {
                continue;
            }
            Set<String> words = headlineWords(ps.get(0));
            if (words.isEmpty()) {
                continue;
            }
            StringBuilder body = new StringBuilder();
            for (int i = 1; i < ps.size(); i++) {
                if (i > 1) {
                    body.append('\n');
                }
                body.append(ps.get(i).text());
            }
            out.add(new Article(e.getKey(), words, body.toString()));
        }
        return out;
    }

    /** Headline content words: tags starting with n, v or j (n*, v, vn, ns, nt, nz, j), 2+ chars, no stopwords. */
    static Set<String> headlineWords(Pd98Reader.Paragraph headline) {
        Set<String> out = new LinkedHashSet<>();
        for (Pd98Reader.Word w : headline.words()) {
            String pos = w.pos();
            boolean content = pos.startsWith("n") || pos.startsWith("v") || pos.startsWith("j");
            String text = fold(w.text());
            if (content && text.length() >= 2 && !STOPWORDS.contains(text)) {
                out.add(text);
            }
        }
        return out;
    }

    /** @return how many of {@code words} occur inside one of {@code keywords} (both NFKC-folded) */
    static int found(Set<String> words, List<String> keywords) {
        int n = 0;
        for (String w : words) {
            for (String k : keywords) {
                if (fold(k).contains(w)) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    static String run(List<Pd98Reader.Paragraph> devTest, boolean quick) {
        List<Article> all = articles(devTest);
        List<Article> articles = quick ? all.subList(0, Math.min(QUICK_ARTICLES, all.size())) : all;
        Extractor tiqu = Extractor.builder().keywords(K).build();
        long words = 0;
        long foundTiqu = 0;
        long foundHanlp = 0;
        long kwTiqu = 0;
        long kwHanlp = 0;
        for (Article a : articles) {
            words += a.headlineWords().size();
            List<String> kt = new ArrayList<>();
            for (Keyword k : tiqu.extract(a.body()).keywords()) {
                kt.add(k.text());
            }
            List<String> kh = HanLP.extractKeyword(a.body(), K);
            kwTiqu += kt.size();
            kwHanlp += kh.size();
            foundTiqu += found(a.headlineWords(), kt);
            foundHanlp += found(a.headlineWords(), kh);
        }
        MarkdownTable t = new MarkdownTable("system", "recall@10", "headline words", "found", "articles",
                "keywords returned");
        t.row("tiqu (`keywords(10)`)", MarkdownTable.pct(words == 0 ? 0 : (double) foundTiqu / words), words,
                foundTiqu, articles.size(), kwTiqu);
        t.row("HanLP TextRank (`HanLP.extractKeyword(body, 10)`)",
                MarkdownTable.pct(words == 0 ? 0 : (double) foundHanlp / words), words, foundHanlp, articles.size(),
                kwHanlp);
        StringBuilder md = new StringBuilder();
        md.append("## 4. Keywords: headline recall@10, People's Daily dev-test articles\n\n");
        md.append(articles.size()).append(" articles").append(quick ? " (quick subset)" : "")
                .append(" with a headline and a body. Keywords are computed from the body (paragraphs 2..end joined"
                        + " with newlines); a headline content word counts as found when it is a substring of one of"
                        + " the 10 keywords.\n\n");
        md.append(t.render());
        md.append('\n');
        md.append("Headline content words: gold tokens of the first paragraph tagged n*/v*/j (n, nr, ns, nt, nz, v, vn,"
                + " j, ...), at least 2 characters, minus a small stopword list (")
                .append(String.join(" ", STOPWORDS.stream().sorted().toList()))
                .append("); each distinct word counted once per headline; compared after NFKC folding.\n\n");
        return md.toString();
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
    }
}
