package org.tiqu.internal.policy;

import org.junit.jupiter.api.Test;
import org.tiqu.Entity;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tiqu.EntityType.DOCUMENT;
import static org.tiqu.internal.policy.Spans.assertNone;
import static org.tiqu.internal.policy.Spans.assertSpan;

class DocumentRecognizerTest {
    @Test
    void titleAcrossALayoutBreakMapsBackToTheRawText() {
        // the seed's raw layout: the title is cut by a blank line; the normalizer joins it
        String raw = "郑敏和兵团第六师五家渠市党委副书记、师长靖大伟签订《昌吉回族自治州与\n\n兵团第六师五家渠市兵地融合发展合作备忘录》。";
        List<Entity> docs = Spans.of(raw, DOCUMENT);
        assertEquals(1, docs.size(), docs.toString());
        Entity d = docs.get(0);
        assertEquals("昌吉回族自治州与兵团第六师五家渠市兵地融合发展合作备忘录", d.text());
        assertEquals(raw.indexOf('《') + 1, d.start());
        assertEquals(raw.indexOf('》'), d.end());
        assertEquals("昌吉回族自治州与\n\n兵团第六师五家渠市兵地融合发展合作备忘录", raw.substring(d.start(), d.end()));
    }

    @Test
    void titleWithDraftMarkAndDefinedAlias() {
        String s = "省住建厅网站公布《关于加快发展保障性租赁住房的指导意见（征求意见稿）》（下称“指导意见”），并向社会征求意见。";
        assertSpan(s, DOCUMENT, "关于加快发展保障性租赁住房的指导意见（征求意见稿）");
        assertSpan(s, DOCUMENT, "指导意见", 1);
    }

    @Test
    void abbreviatedBracketedTitle() {
        assertSpan("《指导意见》提出，新增保障性租赁住房。", DOCUMENT, "指导意见");
    }

    @Test
    void titleInInnerTitleMarks() {
        assertSpan("国务院印发〈关于加快发展银发经济的意见〉。", DOCUMENT, "关于加快发展银发经济的意见");
        assertNone("他写了〈我的母亲〉一文。", DOCUMENT, "我的母亲");
        // the issuers before the title in inner marks: the whole bracketed title is the document
        assertSpan("根据《中共中央、国务院〈关于党政机关厉行节约、制止奢侈浪费行为的若干规定〉》和有关规定。", DOCUMENT,
                "中共中央、国务院〈关于党政机关厉行节约、制止奢侈浪费行为的若干规定〉");
    }

    @Test
    void issuedTitleWithoutBrackets() {
        assertSpan("中共中央关于制定国民经济和社会发展第十五个五年规划的建议全文发布。", DOCUMENT,
                "中共中央关于制定国民经济和社会发展第十五个五年规划的建议");
        assertSpan("认真贯彻中共中央、国务院关于加快建设全国统一大市场的意见，", DOCUMENT,
                "中共中央、国务院关于加快建设全国统一大市场的意见");
        // 人民政府 is a fixed phrase (l) of the segmenter: the title started at 办公厅
        assertSpan("自治区人民政府办公厅关于印发推动大规模设备更新实施方案的通知", DOCUMENT,
                "自治区人民政府办公厅关于印发推动大规模设备更新实施方案的通知");
        assertNone("他关于这个问题的意见很中肯。", DOCUMENT, "他关于这个问题的意见");
        // a title holds no comma: the clause ends before any document kind
        String clause = "国务院关于这件事，已经作出安排的通知";
        assertNone(clause, DOCUMENT, clause);
    }

    @Test
    void congressReportWithoutParty() {
        assertSpan("党的十九大报告用“八个明确”阐述了新思想。", DOCUMENT, "十九大报告");
    }

    @Test
    void lawsWithoutBrackets() {
        String s = "要求各地认真贯彻长江保护法和青藏高原生态保护法。";
        assertSpan(s, DOCUMENT, "长江保护法");
        assertSpan(s, DOCUMENT, "青藏高原生态保护法");
        // laws named against what they fight: no head of a law ends them
        String anti = "新修订的反不正当竞争法将于明年施行，中华人民共和国反间谍法明确规定。";
        assertSpan(anti, DOCUMENT, "反不正当竞争法");
        assertSpan(anti, DOCUMENT, "中华人民共和国反间谍法");
    }

    @Test
    void fiveYearPlanKeepsItsInnerQuotes() {
        assertSpan("编制“十四五”规划，落实政府工作报告部署。", DOCUMENT, "“十四五”规划");
        assertSpan("编制“十四五”规划，落实政府工作报告部署。", DOCUMENT, "政府工作报告");
    }

    @Test
    void newspapersAreNotDocuments() {
        String s = "《人民日报》记者报道，《求是》杂志发表文章。";
        assertNone(s, DOCUMENT, "人民日报");
        assertNone(s, DOCUMENT, "求是");
    }

    @Test
    void aTitleFollowedByItsKindOfDocumentIsOne() {
        assertSpan("国务院新闻办公室发表《新时代的中国绿色发展》白皮书。", DOCUMENT, "新时代的中国绿色发展");
        assertNone("他在《平凡的世界》报告会上发言。", DOCUMENT, "平凡的世界");
    }

    @Test
    void booksAndFilmsAreNotDocuments() {
        String s = "他最爱读《水浒传》，也看过电影《霓虹灯下的哨兵》。";
        assertNone(s, DOCUMENT, "水浒传");
        assertNone(s, DOCUMENT, "霓虹灯下的哨兵");
    }

    @Test
    void genericWordsWithoutBracketsAreNotDocuments() {
        String s = "会议审议了实施方案和指导意见。";
        assertEquals(List.of(), Spans.of(s, DOCUMENT));
    }

    @Test
    void civilCodeWithoutBrackets() {
        assertSpan("认真学习宣传民法典。", DOCUMENT, "民法典");
    }
}
