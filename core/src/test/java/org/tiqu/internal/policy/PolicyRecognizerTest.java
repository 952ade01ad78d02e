package org.tiqu.internal.policy;

import org.junit.jupiter.api.Test;
import org.tiqu.Entity;
import org.tiqu.EntityType;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tiqu.EntityType.POLICY;
import static org.tiqu.internal.policy.Spans.assertNone;
import static org.tiqu.internal.policy.Spans.assertSpan;

class PolicyRecognizerTest {
    private static final String HEADLINE = "# 坚持共建共治共享 广泛交往交流交融 努力争做新疆兵地融合发展的示范标杆";

    @Test
    void compactParallelFormulasOfTheSeedHeadline() {
        assertSpan(HEADLINE, POLICY, "共建共治共享");
        assertSpan(HEADLINE, POLICY, "交往交流交融");
    }

    @Test
    void regionalProgrammeFromLexicon() {
        assertSpan(HEADLINE, POLICY, "兵地融合发展");
    }

    @Test
    void recentEconomicTermsFromLexicon() {
        assertSpan("大力发展新质生产力，加快建设现代化产业体系。", POLICY, "新质生产力");
        assertSpan("大力发展新质生产力，加快建设现代化产业体系。", POLICY, "现代化产业体系");
        assertSpan("在建设丝绸之路经济带核心区上展现新作为。", POLICY, "丝绸之路经济带核心区");
        assertSpan("加力推进“两新”工作。", POLICY, "两新");
        assertSpan("稳步扩大制度型开放，加快发展低空经济。", POLICY, "制度型开放");
        assertSpan("稳步扩大制度型开放，加快发展低空经济。", POLICY, "低空经济");
        assertSpan("以新安全格局保障新发展格局。", POLICY, "新安全格局");
        assertSpan("扎实开展深入贯彻中央八项规定精神学习教育。", POLICY, "深入贯彻中央八项规定精神学习教育");
        assertSpan("推动“沙戈荒”大型风电光伏基地建设。", POLICY, "沙戈荒");
    }

    @Test
    void theStancesOfFiscalAndMonetaryPolicyAreTermsWithTheirModifiers() {
        String text = "实施更加积极的财政政策和适度宽松的货币政策，继续执行适度从紧的货币政策。";
        assertSpan(text, POLICY, "更加积极的财政政策");
        assertSpan(text, POLICY, "适度宽松的货币政策");
        assertSpan(text, POLICY, "适度从紧的货币政策");
    }

    @Test
    void aProgrammeNamingTheBodyThatBuildsItIsNoPolicy() {
        assertNone("国务院三峡工程建设委员会召开会议。", POLICY, "国务院三峡工程");
        assertNone("京沪高速铁路建设工程建设管理局成立。", POLICY, "京沪高速铁路建设工程");
        assertSpan("实施生态修复工程建设取得进展。", POLICY, "生态修复工程");
    }

    @Test
    void regionalStrategiesFromLexicon() {
        assertSpan("成渝地区双城经济圈建设取得新进展。", POLICY, "成渝地区双城经济圈建设");
        assertSpan("深入实施区域协调发展战略、区域重大战略。", POLICY, "区域重大战略");
        assertSpan("荒地镇依托广东省深圳市对口援疆资源建成扶贫车间。", POLICY, "对口援疆");
        String battles = "打好科尔沁和浑善达克沙地歼灭战、河西走廊—塔克拉玛干沙漠边缘阻击战。";
        assertSpan(battles, POLICY, "科尔沁和浑善达克沙地歼灭战");
        assertSpan(battles, POLICY, "河西走廊—塔克拉玛干沙漠边缘阻击战");
    }

    @Test
    void aDisciplineIsNoProgramme() {
        // 机械工程专业 is a field of study; the organisation before it stays whole
        String s = "毕业于哈尔滨工业大学机械工程专业，获工学博士学位。";
        assertNone(s, POLICY, "工业大学机械工程");
        assertSpan(s, EntityType.ORGANIZATION, "哈尔滨工业大学");
    }

    @Test
    void theWholeFivePartXinjiangFormulaIsOneTerm() {
        assertSpan("坚持依法治疆、团结稳疆、文化润疆、富民兴疆、长期建疆。", POLICY, "依法治疆、团结稳疆、文化润疆、富民兴疆、长期建疆");
    }

    @Test
    void xinjiangsTourismStrategyIsOneTermWithItsHead() {
        // the segmenter reads 旅|游兴|疆: the rule gave 游兴疆战略
        assertSpan("实施旅游兴疆战略。", POLICY, "旅游兴疆战略");
    }

    @Test
    void unseenCompactFormulaFoundByRule() {
        assertSpan("坚持共商共建共享原则。", POLICY, "共商共建共享");
        assertSpan("推动联防联控联治。", POLICY, "联防联控联治");
        // three units whose last begins a longer word are two: 煤炭|煤电|煤化工 is no formula
        assertNone("打造新疆煤炭煤电煤化工基地。", POLICY, "煤炭煤电煤化");
    }

    @Test
    void verbsOfImplementationStayOutside() {
        String s = "完整准确全面贯彻新时代党的治疆方略,推动高质量发展不断取得新突破。";
        assertSpan(s, POLICY, "新时代党的治疆方略");
        assertSpan(s, POLICY, "高质量发展");
    }

    @Test
    void fangLueRuleGeneralisesToOtherRegions() {
        assertSpan("全面贯彻新时代党的治藏方略，铸牢中华民族共同体意识。", POLICY, "新时代党的治藏方略");
    }

    @Test
    void higherQualityDevelopmentIsNotHighQualityDevelopment() {
        String s = "经济实现更高质量发展，也推动高质量发展。";
        assertNone("经济实现更高质量发展。", POLICY, "高质量发展");
        assertSpan(s, POLICY, "高质量发展", 1);
        assertEquals(1, Spans.of(s, POLICY).size());
    }

    @Test
    void quotedNumberedFrameworkWithoutQuoteMarks() {
        String s = "要坚持产业发展融合共享,聚焦自治区“八大产业集群”建设,找准产业共性特点。";
        assertSpan(s, POLICY, "八大产业集群");
    }

    @Test
    void theCoreAreasProgrammeWholeAndByItsQuotedParts() {
        String whole = "加快建设“一港、两区、五大中心、口岸经济带”，打造丝绸之路经济带核心区。";
        assertSpan(whole, POLICY, "一港、两区、五大中心、口岸经济带");
        String parts = "推进“一港”“两区”“五大中心”“口岸经济带”建设。";
        assertSpan(parts, POLICY, "一港");
        assertSpan(parts, POLICY, "两区");
        assertSpan(parts, POLICY, "口岸经济带");
        assertNone("两区交界处发生事故。", POLICY, "两区"); // unquoted, it is two districts
        // straight and single quote marks, as web text has them
        assertSpan("抓好\"两新\"政策落实，推进‘两重’建设。", POLICY, "两新");
        assertSpan("抓好\"两新\"政策落实，推进‘两重’建设。", POLICY, "两重");
        assertNone("\"两区交界处发生事故。", POLICY, "两区");
        assertSpan("加强重大基础设施\"一张网\"建设。", POLICY, "一张网");
        assertNone("他说\"今天天气不错\"。", POLICY, "今天天气不错");
    }

    @Test
    void unquotedNumberedFrameworkByHead() {
        assertSpan("打造四大都市区核心区和六大产业集群。", POLICY, "四大都市区");
        assertSpan("打造四大都市区核心区和六大产业集群。", POLICY, "六大产业集群");
    }

    @Test
    void quotedNumeralSlogans() {
        String s = "加强重大基础设施“一张网”“一张图”建设，完善“1+N”政策体系。";
        assertSpan(s, POLICY, "一张网");
        assertSpan(s, POLICY, "一张图");
        assertSpan(s, POLICY, "1+N");
        assertNone("介绍了“十四冬”筹备情况，“十五运”将在广东举办。", POLICY, "十四冬");
        assertNone("介绍了“十四冬”筹备情况，“十五运”将在广东举办。", POLICY, "十五运");
        assertNone("既有老专家，也有“90后”青年科学家。", POLICY, "90后");
        assertNone("“八零后”成为骨干。", POLICY, "八零后");
        assertNone("他被授予“七一勋章”。", POLICY, "七一勋章");
    }

    @Test
    void quotedCoreBeforeGenericHead() {
        assertSpan("牢固树立“兵地一盘棋”思想,团结一心。", POLICY, "兵地一盘棋");
        assertSpan("坚持“三个代表”重要思想。", POLICY, "三个代表");
        assertSpan("守牢“生态环境质量只能更好、不能变坏”的底线。", POLICY, "生态环境质量只能更好、不能变坏");
    }

    @Test
    void aQuotedPlanIsANamedProgramme() {
        // was nothing; a plan unquoted (今年的工作计划) stays none
        assertSpan("“国培计划”新疆乡村教师培训项目在伊犁师范大学开班。", POLICY, "国培计划");
        assertNone("制定今年的工作计划。", POLICY, "工作计划");
    }

    @Test
    void unseenQuotedSloganBeforeHead() {
        assertSpan("坚持“山海协作”战略不动摇。", POLICY, "山海协作");
    }

    @Test
    void quotedParallelFormula() {
        assertSpan("保障性租赁住房坚持“谁投资、谁所有”，主要利用存量土地。", POLICY, "谁投资、谁所有");
    }

    @Test
    void ironyAndEmphasisQuotesAreNotPolicy() {
        String s = "走出了一条生态环境“高颜值”和经济发展“高质量”齐头并进的绿色发展道路。如今,“呵护生态”已成全民共识。";
        assertNone(s, POLICY, "高颜值");
        assertNone(s, POLICY, "高质量");
        assertNone(s, POLICY, "呵护生态");
        assertNone(s, POLICY, "绿色发展道路");
    }

    @Test
    void quotedHalvesOfASloganAreNotPolicy() {
        String s = "见证了昌吉人将“绿水青山”变作“金山银山”的生动实践。";
        assertTrue(Spans.of(s, POLICY).isEmpty(), Spans.of(s, POLICY).toString());
    }

    @Test
    void trailingIdeaHeadIsTrimmed() {
        String s = "牢固树立绿水青山就是金山银山的理念,践行生态文明理念。";
        assertSpan(s, POLICY, "绿水青山就是金山银山");
        assertSpan(s, POLICY, "生态文明");
    }

    @Test
    void campaignByHeadWithEnumeration() {
        String s = "持之以恒打好污染防治攻坚战，深入打好蓝天、碧水、净土保卫战。";
        assertSpan(s, POLICY, "污染防治攻坚战");
        assertSpan(s, POLICY, "蓝天、碧水、净土保卫战");
    }

    @Test
    void campaignNameKeepsItsQuotedPart() {
        // internal quotes stay in the span (guideline: “十四五”时期); 打好 stays out
        assertSpan("要打好“三北”工程攻坚战。", POLICY, "“三北”工程攻坚战");
        // the place before a quoted epithet of its own belongs to the campaign (was “几字弯”攻坚战)
        assertSpan("打好黄河“几字弯”攻坚战。", POLICY, "黄河“几字弯”攻坚战");
        assertNone("他说“好”攻坚战开始了。", POLICY, "“好”攻坚战");
    }

    @Test
    void unseenCampaignByHead() {
        assertSpan("坚决打赢农村人居环境整治攻坚战。", POLICY, "农村人居环境整治攻坚战");
    }

    @Test
    void namedProgrammeByHead() {
        assertSpan("推动实施重点行业绿色升级工程，开展国土绿化行动。", POLICY, "重点行业绿色升级工程");
        assertSpan("推动实施重点行业绿色升级工程，开展国土绿化行动。", POLICY, "国土绿化行动");
    }

    @Test
    void buildingProjectsAndGenericProgrammesAreNotPolicy() {
        String s = "公司承建的道路改造工程已完工，当地采取联合行动，要求全社会行动起来。";
        assertTrue(Spans.of(s, POLICY).isEmpty(), Spans.of(s, POLICY).toString());
        String power = "准东—皖南±1100千伏特高压直流输电工程累计输送电量突破3000亿千瓦时。";
        assertTrue(Spans.of(power, POLICY).isEmpty(), Spans.of(power, POLICY).toString());
        String grid = "加快建设哈密至重庆特高压直流工程。";
        assertTrue(Spans.of(grid, POLICY).isEmpty(), Spans.of(grid, POLICY).toString());
        String water = "塔里木河下游生态输水工程已累计向台特玛湖输水。";
        assertTrue(Spans.of(water, POLICY).isEmpty(), Spans.of(water, POLICY).toString());
        // 防洪工程 is one word of the segmenter: the construction word lies inside the head's word
        String flood = "水利厅组织专家对叶尔羌河流域防洪工程进行验收。";
        assertTrue(Spans.of(flood, POLICY).isEmpty(), Spans.of(flood, POLICY).toString());
        String track = "南疆铁路库尔勒至阿克苏段增建二线工程将于年内开工。";
        assertTrue(Spans.of(track, POLICY).isEmpty(), Spans.of(track, POLICY).toString());
        // who acts together names no programme
        for (String joint : new String[]{"镇政府和县政府联合行动。", "公安、城管等部门联合行动，整治违规停车。", "省市县三级联合行动。"}) {
            assertTrue(Spans.of(joint, POLICY).isEmpty(), joint + " " + Spans.of(joint, POLICY));
        }
        // a national programme named by what it moves where is one (the segmenter cuts it as PKU does: 西电东|送)
        assertSpan("国家实施西电东送工程。", POLICY, "西电东送");
    }

    @Test
    void strategyByHeadKeepsTheHead() {
        assertSpan("深入实施乡村振兴战略和海洋强省战略。", POLICY, "乡村振兴战略");
        assertSpan("深入实施乡村振兴战略和海洋强省战略。", POLICY, "海洋强省战略");
    }

    @Test
    void strategyBeforeTheNounItDescribesHeadsNoName() {
        // 战略/n 合作/vn: no strategy named 双方签署战略; the government before it stays an organisation
        String s = "塔里木油田公司与新疆维吾尔自治区人民政府签署战略合作协议，建立战略伙伴关系，发展战略性新兴产业。";
        assertTrue(Spans.of(s, POLICY).isEmpty(), Spans.of(s, POLICY).toString());
        assertSpan(s, EntityType.ORGANIZATION, "新疆维吾尔自治区人民政府");
        // a named strategy may still be followed by a verb
        assertSpan("西部大开发战略取得重大进展。", POLICY, "西部大开发战略");
    }

    @Test
    void anAnnouncedPlanIsNoNamedStrategy() {
        for (String s : new String[]{"阿里巴巴集团宣布新战略。", "腾讯发布新战略。", "会上介绍美国安全战略。"}) {
            assertTrue(Spans.of(s, POLICY).isEmpty(), s + " " + Spans.of(s, POLICY));
        }
        assertSpan("国家林业局调整林业生态工程布局。", POLICY, "林业生态工程");
    }

    @Test
    void newsPhrasesThatLookLikeProgrammesOrFormulasAreNone() {
        for (String s : new String[]{"这一危机迫使中央银行动用外汇储备。", "发电厂从事土建工程。", "要把高尚情怀化为实际行动。",
                "比方说：“四川长虹”在某一时点的买入价。", "并说这是“十分严重的事态”。", "去年十二月二十二日，项目投产。",
                "交通“四通八达”。", "希望“十分渺茫”。", "建成沪嘉光缆通信工程。", "高炉热风炉大修工程竣工。",
                "超氧化物歧化酶的活性。", "水变咸变苦变得难喝。", "为灾区送医送药送温暖。", "不排除采取军事打击行动。",
                "该项目是自治区重点工程。", "球队提出“三连冠”的目标。",
                "诗云“巧笑倩兮，美目盼兮”。", "他以“先天下之忧而忧，后天下之乐而乐”自勉。",
                "“万事吉”、“六里桥”两家开业仅一两年。", "“三大战役”胜利后，他随军南下。",
                "在纽约举行的“九八新春大联欢”晚会上致辞。", "使之变成“八国集团”的目标。",
                "邓小平同志历来提倡解放思想，又历来提倡实事求是。", "有的跨国公司已制定了对华投资战略。",
                "长途电话公司指责各贝尔公司行动迟缓。", "剧组以“拍摄潘汉年、学习潘汉年”的精神工作。",
                "要多做“前人栽树，后人乘凉”的基础工作。"}) {
            assertTrue(Spans.of(s, POLICY).isEmpty(), s + " " + Spans.of(s, POLICY));
        }
        assertSpan("要解决菜篮子工程的难题。", POLICY, "菜篮子工程");
        assertSpan("市委市政府决定今后菜篮子工程由市长负责。", POLICY, "菜篮子工程");
        assertTrue(Spans.of("他们号召转向实际行动。", POLICY).isEmpty());
        assertSpan("实施流域水土保持工程。", POLICY, "流域水土保持工程");
        assertSpan("推进“五个一工程”建设。", POLICY, "五个一工程");
        assertSpan("为落实党中央、国务院扶贫攻坚战略，实现目标。", POLICY, "扶贫攻坚战略");
        assertSpan("全县上下喊出了“兴我邱县，富我人民”的口号。", POLICY, "兴我邱县，富我人民");
        assertSpan("深入开展“万企兴万村”行动。", POLICY, "万企兴万村");
        assertSpan("实施两个多月的北京市“水利富民”工程以建设小水利为主。", POLICY, "水利富民");
    }

    @Test
    void leaderThought() {
        assertSpan("深入学习贯彻习近平生态文明思想和习近平法治思想。", POLICY, "习近平生态文明思想");
        assertSpan("深入学习贯彻习近平生态文明思想和习近平法治思想。", POLICY, "习近平法治思想");
    }

    @Test
    void chiefSystemFamily() {
        String s = "河长制、湖长制、林长制全面建立，推行田长制。";
        for (String t : new String[]{"河长制", "湖长制", "林长制", "田长制"}) {
            assertSpan(s, POLICY, t);
        }
    }

    @Test
    void unnamedMeasurePackagesAreNotPolicy() {
        String s = "出台十条措施，从八个方面发力，实施一个工程。";
        assertTrue(Spans.of(s, POLICY).isEmpty(), Spans.of(s, POLICY).toString());
    }

    @Test
    void planPeriodIsNotPolicy() {
        assertNone("“十四五”期间，单位GDP能耗下降。", POLICY, "十四五");
    }

    @Test
    void policyInsideOrganisationNameIsNotPolicy() {
        assertNone("全县脱贫攻坚总指挥部召开会议。", POLICY, "脱贫攻坚");
        // a company or institute named after its trade
        assertNone("新疆天山畜牧生物工程股份有限公司参加展会。", POLICY, "畜牧生物工程");
        // a bureau named after the policy it carries out, not the first char of 局面
        assertNone("县乡村振兴局组织开展培训。", POLICY, "乡村振兴");
        assertEquals(java.util.List.of("乡村振兴"),
                Spans.of("开创乡村振兴局面。", POLICY).stream().map(Entity::text).toList());
    }

    @Test
    void policyInsideDocumentTitleNestsUnderTheDocument() {
        String s = "签订《昌吉回族自治州与兵团第六师五家渠市兵地融合发展合作备忘录》。";
        Entity doc = Spans.of(s, EntityType.DOCUMENT).get(0);
        for (Entity p : Spans.of(s, POLICY)) {
            assertTrue(doc.start() <= p.start() && p.end() <= doc.end(), "policy outside the title: " + p);
        }
    }

    @Test
    void speechInQuotesIsNotPolicy() {
        String s = "他说：“这里的空气真好，我们要守护一江碧水。”";
        assertTrue(Spans.of(s, POLICY).isEmpty(), Spans.of(s, POLICY).toString());
    }

    @Test
    void dualControlFamily() {
        String s = "推动能耗双控逐步转向碳排放双控。";
        assertSpan(s, POLICY, "能耗双控");
        assertSpan(s, POLICY, "碳排放双控");
    }

    @Test
    void provincialCampaignNames() {
        String s = "深入推进平安浙江、法治浙江建设。";
        assertSpan(s, POLICY, "平安浙江");
        assertSpan(s, POLICY, "法治浙江");
    }

    @Test
    void longLeaderThoughtFoundByRule() {
        assertSpan("坚持以习近平新时代中国特色社会主义思想为指导。", POLICY, "习近平新时代中国特色社会主义思想");
    }

    @Test
    void quotedDatesAndAmountsAreNotFrameworks() {
        String s = "评选“2023年度”人物，发放“5000元”补贴，欢度“五一”假期。";
        assertTrue(Spans.of(s, POLICY).isEmpty(), Spans.of(s, POLICY).toString());
    }

    @Test
    void quotedSloganAfterAPrincipleVerb() {
        assertSpan("各地要坚持“山海协作”，树立“大食物观”。", POLICY, "大食物观");
        assertNone("实现“开门红”。", POLICY, "开门红");
    }
}
