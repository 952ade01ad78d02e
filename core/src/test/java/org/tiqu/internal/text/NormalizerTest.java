package org.tiqu.internal.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NormalizerTest {

    private static void assertMapsBack(NormalizedText n) {
        for (int i = 0; i < n.length(); i++) {
            char c = n.text().charAt(i);
            String src = n.original().substring(n.toOriginalStart(i), n.toOriginalEnd(i + 1));
            assertEquals(1, src.length(), "one original char per cleaned char at " + i);
        }
    }

    @Test
    void joinsLayoutBreakInsideACompanyName() {
        String s = "在新疆航天兆丰科技有限公司、新\n\n疆天鹅现代农业机械装备有限公司和新疆信发铝业公司，曾艳阳与企业负责人深入交流。";
        NormalizedText n = Normalizer.normalize(s);
        int at = n.text().indexOf("新疆天鹅现代农业机械装备有限公司");
        assertEquals(14, at);
        assertEquals("新\n\n疆天鹅现代农业机械装备有限公司", s.substring(n.toOriginalStart(at), n.toOriginalEnd(at + 16)));
        assertMapsBack(n);
    }

    @Test
    void joinsAWordCutAfterAShortFirstLine() {
        // a text that starts mid-sentence: the first line is short, but 新疆 is a word and 了新, 疆天 are none
        NormalizedText n = Normalizer.normalize("会见了新\n\n疆天鹅现代农业机械装备有限公司负责人。");
        assertEquals("会见了新疆天鹅现代农业机械装备有限公司负责人。", n.text());
        assertMapsBack(n);
        // a heading or byline before a line that starts a word of its own keeps its break
        assertEquals("本报记者 张强\n国务院新闻办公室今天举行发布会。",
                Normalizer.normalize("本报记者 张强\n国务院新闻办公室今天举行发布会。").text());
        assertEquals("深化改革创新\n疆域辽阔的新疆", Normalizer.normalize("深化改革创新\n疆域辽阔的新疆").text());
    }

    @Test
    void readsTraditionalScriptAsSimplifiedCharForChar() {
        String s = "國務院總理在臺北說「兵地一盤棋」，衞生廳、眾議院。";
        NormalizedText n = Normalizer.normalize(s);
        assertEquals("国务院总理在台北说“兵地一盘棋”，卫生厅、众议院。", n.text());
        assertMapsBack(n);
        assertEquals("國務院", n.surface(0, 3), "the caller's text is what entities and tokens show");
    }

    @Test
    void readsTheRadicalsOfPdfTextAsTheirIdeographs() {
        // 中华人民共和国国务院 as copied out of a PDF whose font maps 人 and 民 to radicals
        String s = "中华\u2F08\u2EA0共和国国务院";
        NormalizedText n = Normalizer.normalize(s);
        assertEquals("中华人民共和国国务院", n.text());
        assertMapsBack(n);
    }

    @Test
    void removesTheSpacesOfALetterSpacedLineOnly() {
        String s = "国 务 院 总 理 李 强 在 北 京 会 见 了 客 人 。\n新疆 天鹅 现代 农业\n委员：丁薛祥　王　毅　尹　力";
        NormalizedText n = Normalizer.normalize(s);
        assertEquals("国务院总理李强在北京会见了客人。\n新疆 天鹅 现代 农业\n委员：丁薛祥 王 毅 尹 力", n.text());
        assertMapsBack(n);
        assertEquals("李 强", s.substring(n.toOriginalStart(5), n.toOriginalEnd(7)));
    }

    @Test
    void dropsAPageNumberThatCutsASentenceOfAnOfficialDocument() {
        // GB/T 9704 sets page numbers as — 3 —; text copied out of the PDF has them inside sentences
        String line = "各级党委和政府要坚持以人民为中心的发展思想，扎实推进兵地融合";
        for (String page : new String[]{"\n\n— 3 —\n\n", "\n－ 12 －\n", "\n3\n", "\n-3-\n"}) {
            String s = line + page + "发展，不断增强各族群众的获得感。";
            NormalizedText n = Normalizer.normalize(s);
            assertEquals(line + "发展，不断增强各族群众的获得感。", n.text(), page);
            assertMapsBack(n);
        }
        // after a sentence's end the break is a paragraph's, and the number stays
        String ended = line + "。\n— 3 —\n发展是第一要务。";
        assertEquals(ended, Normalizer.normalize(ended).text());
        String numbered = "第一章 总则\n1\n第一条 为了规范";
        assertEquals(numbered, Normalizer.normalize(numbered).text());
        // a bare number before a unit is the sentence's own, cut by the layout: kept
        String date = line + "，8月\n15\n日召开";
        assertTrue(Normalizer.normalize(date).text().contains("15"), Normalizer.normalize(date).text());
    }

    @Test
    void leavesCharsOfSimplifiedTextAloneThatTraditionalTablesAlsoList() {
        // 著 is Taiwan's form of 着 but simplified text writes 著名; 乾 (乾隆), 么 (什么) likewise
        String s = "著名的乾隆皇帝说什么";
        assertEquals(s, Normalizer.normalize(s).text());
    }

    @Test
    void keepsBreakBeforeABylineOnALineOfItsOwn() {
        // the headline is long and holds a 、, as running text does; the next line is a name alone on its line
        String s = "待到山花烂漫时——记花鸟画家、美术教育家孙其峰先生（附图片１张）\n\n毛同恺\n\n曾受业于徐悲鸿门下。";
        assertEquals("待到山花烂漫时——记花鸟画家、美术教育家孙其峰先生（附图片1张）\n\n毛同恺\n\n曾受业于徐悲鸿门下。",
                Normalizer.normalize(s).text());
    }

    @Test
    void joinsALayoutBreakAfterADashThatPairsPlacesButNotAfterADashThatIntroduces() {
        String pair = "企业代表、园区负责人来到奎屯—\n\n独山子经济技术开发区管委会座谈。";
        assertEquals("企业代表、园区负责人来到奎屯—独山子经济技术开发区管委会座谈。", Normalizer.normalize(pair).text());
        String introduces = "他在会上讲了三点意见，归结起来就是一句话——\n\n发展是第一要务。";
        assertEquals(introduces, Normalizer.normalize(introduces).text());
        // a zero-width mark before the dash changes nothing (found by OffsetMapFuzzTest)
        String marked = "企业代表、园区负责人来到奎屯\u2060—\n\n独山子经济技术开发区管委会座谈。";
        assertEquals("企业代表、园区负责人来到奎屯—独山子经济技术开发区管委会座谈。", Normalizer.normalize(marked).text());
    }

    @Test
    void joinsLayoutBreakInsideAnOpenTitle() {
        String s = "郑敏和靖大伟签订《昌吉回族自治州与\n\n兵团第六师五家渠市兵地融合发展合作备忘录》。";
        NormalizedText n = Normalizer.normalize(s);
        assertEquals("郑敏和靖大伟签订《昌吉回族自治州与兵团第六师五家渠市兵地融合发展合作备忘录》。", n.text());
    }

    @Test
    void joinsBreakBetweenQuotedSlogans() {
        NormalizedText n = Normalizer.normalize("加强交通、水利、电力、信息、供热管网等重大基础设施“一张网”\n\n“一张图”建设");
        assertEquals("加强交通、水利、电力、信息、供热管网等重大基础设施“一张网”“一张图”建设", n.text());
    }

    @Test
    void keepsBreakBeforeAnIndentedParagraph() {
        // the first paragraph ends without a stop, as a caption or a quoted slogan line can; the indent says the
        // next line is a new paragraph, so the two names must not run together
        String s = "国务院总理李鹏在人民大会堂会见了来访的日本经济团体联合会会长今井敬一行并合影留念\n\u3000\u3000王光英说";
        String kept = "国务院总理李鹏在人民大会堂会见了来访的日本经济团体联合会会长今井敬一行并合影留念\n";
        assertEquals(kept + "  王光英说", Normalizer.normalize(s).text()); // ideographic spaces become spaces
        assertEquals(kept + " 王光英说", Normalizer.normalize(s.replace("\u3000\u3000", "\t")).text());
        assertEquals(kept + "  王光英说", Normalizer.normalize(s.replace("\u3000\u3000", "  ")).text());
    }

    @Test
    void joinsASurnameAloneOnItsLineAfterATitle() {
        // a narrow column set 张 on a line of its own: the title before it and the given name after it go on
        String s = "会议指出，要抓好冬季安全生产。党委书记\n\n张\n\n伟主持会议并讲话。";
        assertEquals("会议指出，要抓好冬季安全生产。党委书记张伟主持会议并讲话。", Normalizer.normalize(s).text());
        // a byline's name alone on its line keeps its breaks
        String byline = "待到山花烂漫时——记花鸟画家、美术教育家孙其峰先生\n\n王\n\n曾受业于徐悲鸿门下。";
        assertEquals(byline, Normalizer.normalize(byline).text());
    }

    @Test
    void joinsAnIndentedLineAfterATitleAndASurname() {
        // no paragraph ends in 市长王: the indent is the page's, the name goes on (王军)
        String s = "会上，师市党委副书记、师长、市长王\n\u3000\u3000\n\u3000\u3000军传达了会议精神。";
        assertEquals("会上，师市党委副书记、师长、市长王军传达了会议精神。", Normalizer.normalize(s).text());
    }

    @Test
    void joinsTheLinesOfANarrowColumn() {
        // a newspaper column of 14 chars: the break after a line as wide as its cut neighbour is the layout's
        String s = "\u3000\u3000新疆维吾尔自治区党委书记马\n兴瑞在乌鲁木齐调研，他强调要\n坚持兵地一盘棋，推动八大产业\n集群发展。";
        NormalizedText n = Normalizer.normalize(s);
        assertEquals("  新疆维吾尔自治区党委书记马兴瑞在乌鲁木齐调研，他强调要坚持兵地一盘棋，推动八大产业集群发展。", n.text());
        assertMapsBack(n);
    }

    @Test
    void keepsTheBreaksOfLinesThatOnlyLookAlike() {
        // a title as wide as the addressee line under it, verses, and names one per line stay apart
        for (String s : new String[]{"关于加快推进产业集群发展的意见\n各州市人民政府，自治区各部门：",
                "春眠不觉晓\n处处闻啼鸟\n夜来风雨声\n花落知多少", "新疆天鹅现代农业机械有限公司\n新疆航天兆丰科技股份有限公司"}) {
            assertEquals(s, Normalizer.normalize(s).text());
        }
    }

    @Test
    void joinsABreakInsideAnOpenBracket() {
        assertEquals("本报讯（记者王建国）昨天，市委书记李强在浦东新区调研。",
                Normalizer.normalize("本报讯（记者王\n建国）昨天，市委书记李强在浦东新区调研。").text());
    }

    @Test
    void joinsABreakAfterATitledSurnameOrBeforeACompanysEnding() {
        // short lines with no comma, so neither width nor punctuation tells: the name the break cuts does
        assertEquals("西上湖村党支部书记王建军带领村民发展庭院经济。",
                Normalizer.normalize("西上湖村党支部书记王\n\n建军带领村民发展庭院经济。").text());
        // a spaced byline whose name goes on to a short line of its own
        assertEquals("记者 张梦 报道\n", Normalizer.normalize("记者 张\n\n梦 报道\n").text());
        assertEquals("本报记者 张梦 通讯员 李强\n", Normalizer.normalize("本报记者 张\n\n梦 通讯员 李\n强\n").text());
        assertEquals("在新疆天池能源有限责任公司，他了解了煤炭保供情况。",
                Normalizer.normalize("在新疆天池能源\n有限责任公司，他了解了煤炭保供情况。").text());
        // a heading over a sentence that opens with the company keeps its break
        assertEquals("煤炭保供\n新疆天池能源有限责任公司加大产量。",
                Normalizer.normalize("煤炭保供\n新疆天池能源有限责任公司加大产量。").text());
    }

    @Test
    void joinsABreakAfterALineThatRunsOnPastAStop() {
        // a short line with a stop inside is running text: the sentence after the stop goes on below it
        assertEquals("兴。他先后来到新疆天山畜牧生物工程股份有限公司考察。",
                Normalizer.normalize("兴。他先后来到新疆天\n\n山畜牧生物工程股份有限公司考察。").text());
        // one that ends with the stop keeps its break
        assertEquals("他来到新疆。\n\n山区的牧民迎接他。", Normalizer.normalize("他来到新疆。\n\n山区的牧民迎接他。").text());
    }

    @Test
    void joinsABreakInsideADottedNameAfterATitle() {
        assertEquals("开发区管委会主任如先古丽·吾斯曼介绍了情况。",
                Normalizer.normalize("开发区管委会主任如\n先古丽·吾斯曼介绍了情况。").text());
        assertEquals("自治区党委副书记阿不都热依木·买买提讲话。",
                Normalizer.normalize("自治区党委副书记阿不都\n热依木·买买提讲话。").text());
        // no dot on the next line, or no title before the cut: the break stays
        assertEquals("新任主任如\n先到会场。", Normalizer.normalize("新任主任如\n先到会场。").text());
        assertEquals("欢迎阿不都\n热依木·买买提。", Normalizer.normalize("欢迎阿不都\n热依木·买买提。").text());
    }

    @Test
    void joinsABreakBetweenDigitsAndTheHanCharTheyBelongTo() {
        assertEquals("本报讯，记者马丽娜从州统计局获悉，11月28日全州用电量再创新高。",
                Normalizer.normalize("本报讯，记者马丽娜从州统计局获悉，11\n月28日全州用电量再创新高。").text());
        assertEquals("本报讯，记者马丽娜从州统计局获悉，11月30日全州用电量再创新高。",
                Normalizer.normalize("本报讯，记者马丽娜从州统计局获悉，11月3\n0日全州用电量再创新高。").text());
        assertEquals("全州共有12\n34", Normalizer.normalize("全州共有12\n34").text()); // no Han after the digits
        assertEquals("see page 11\nand more", Normalizer.normalize("see page 11\nand more").text());
    }

    @Test
    void joinsALayoutBreakFollowedByOneSpace() {
        String s = "国务院总理李鹏在人民大会堂会见了来访的日本经济团体联合会会长今井敬一行并合\n 影留念。";
        assertEquals("国务院总理李鹏在人民大会堂会见了来访的日本经济团体联合会会长今井敬一行并合影留念。",
                Normalizer.normalize(s).text());
    }

    @Test
    void keepsBreakAfterHeading() {
        NormalizedText n = Normalizer.normalize("## 今日评点\n\n### 让美丽庭州画卷徐徐展开\n\n◆ 昌平\n\n初秋，行走在庭州大地");
        assertEquals("## 今日评点\n\n### 让美丽庭州画卷徐徐展开\n\n◆ 昌平\n\n初秋，行走在庭州大地", n.text());
    }

    @Test
    void keepsBreakAfterSentenceEnd() {
        NormalizedText n = Normalizer.normalize("张建军、李长江、王路平、刘鹏辉等参加活动。\n\n8月15日，昌吉州党委书记曾艳阳来到五家渠市调研。");
        assertEquals("张建军、李长江、王路平、刘鹏辉等参加活动。\n\n8月15日，昌吉州党委书记曾艳阳来到五家渠市调研。", n.text());
    }

    @Test
    void keepsBreakAfterShortHeadlineWithoutPunctuation() {
        NormalizedText n = Normalizer.normalize("昌吉州领导调研并座谈\n本报讯 记者孙学良报道");
        assertEquals("昌吉州领导调研并座谈\n本报讯 记者孙学良报道", n.text());
    }

    @Test
    void foldsFullWidthDigitsAndLetters() {
        NormalizedText n = Normalizer.normalize("１９９８年１月ＡＢｃ");
        assertEquals("1998年1月ABc", n.text());
        assertMapsBack(n);
    }

    @Test
    void foldsAsciiCommaNextToHanOnly() {
        assertEquals("报道：8月15日，昌吉州 3,000", Normalizer.normalize("报道:8月15日,昌吉州 3,000").text());
    }

    @Test
    void crlfBecomesOneBreakMappedToTheLf() {
        NormalizedText n = Normalizer.normalize("第一段。\r\n第二段。");
        assertEquals("第一段。\n第二段。", n.text());
        assertEquals(5, n.toOriginalStart(4));
    }

    @Test
    void loneSurrogateBecomesReplacementCharButPairsStay() {
        NormalizedText n = Normalizer.normalize("a\uD83D\uDE00b\uD800c");
        assertEquals("a\uD83D\uDE00b\uFFFDc", n.text());
    }

    @Test
    void zeroWidthCharsDisappear() {
        NormalizedText n = Normalizer.normalize("新\u200B疆");
        assertEquals("新疆", n.text());
        assertEquals(2, n.toOriginalStart(1));
    }

    @Test
    void surfaceReusesTheCleanedWordOnlyWhenTheOriginalIsTheSame() {
        String original = "新疆天鹅,公司１２";
        String word = new String("新疆天鹅"); // a distinct object, to tell reuse from an equal copy
        org.junit.jupiter.api.Assertions.assertSame(word, NormalizedText.surface(original, 0, 4, word));
        // the normalizer folds the ASCII comma beside Han into '，': the surface is the original comma
        assertEquals(",", NormalizedText.surface(original, 4, 5, "，"));
        // full-width digits are the same chars in both texts only when not folded, and still fold in the surface
        assertEquals("12", NormalizedText.surface(original, 7, 9, "１２"));
        // a layout break removed from the cleaned word
        assertEquals("新疆", NormalizedText.surface("新\n疆", 0, 3, "新疆"));
    }

    @Test
    void surfaceDropsWhitespaceAndFoldsFullWidth() {
        assertEquals("新疆天鹅AB", NormalizedText.surface("新\n\n疆天鹅Ａ\nB", 0, 9).replace(" ", ""));
        assertEquals("新疆天鹅A", NormalizedText.surface("新\n\n疆天鹅Ａ \u3000", 0, 9));
        // one space stays between two Latin words, however many the text had, and none beside Han chars
        assertEquals("Sam Altman", NormalizedText.surface("Sam \n Altman", 0, 12));
        assertEquals("Sam Altman", NormalizedText.surface("Sam\u200B Altman", 0, 11));
        assertEquals("OpenAI首席", NormalizedText.surface("OpenAI 首席", 0, 9));
    }

    @Test
    void cleanedStartInvertsOriginalStart() {
        NormalizedText n = Normalizer.normalize("新\n\n疆天鹅\r\n公司");
        for (int i = 0; i < n.length(); i++) {
            assertEquals(i, n.toCleanedStart(n.toOriginalStart(i)));
        }
        assertEquals(1, n.toCleanedStart(1)); // a removed break maps to the next kept char
        assertEquals(n.length(), n.toCleanedStart(n.original().length()));
    }
}
