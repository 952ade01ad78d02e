package org.tiqu.internal.policy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.tiqu.Entity;
import org.tiqu.EntityType;
import org.tiqu.internal.text.NormalizedText;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Random text made of the pieces the POLICY and DOCUMENT rules look at: no exception, offsets always hold. */
class PolicyFuzzTest {
    private static final String[] PIECES = {"“", "”", "《", "》", "（", "）", "(", ")", "、", "，", "。", "：", "\n", "\n\n",
            " ", "一", "两", "八", "十四", "个", "大", "条", "项", "战略", "方略", "工程", "行动", "攻坚战", "保卫战", "思想",
            "习近平", "治", "疆", "党的", "新时代", "长制", "双控", "平安", "浙江", "法", "保护法", "规划", "十四五", "大报告",
            "政府工作报告", "下称", "以下简称", "共", "建", "享", "交", "高质量发展", "更", "生态文明", "建设", "理念",
            "指挥部", "1+N", "A", "9", "的", "是", "推动", "产业集群", "\uD83D\uDE00", "\uD800"};

    @Provide
    Arbitrary<String> policyish() {
        return Arbitraries.of(PIECES).list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Property(tries = 500)
    void offsetsHoldForPolicyAndDocumentEntities(@ForAll("policyish") String text) {
        for (Entity e : Spans.EXTRACTOR.extract(text).entities()) {
            if (e.type() == EntityType.POLICY || e.type() == EntityType.DOCUMENT) {
                assertTrue(0 <= e.start() && e.start() < e.end() && e.end() <= text.length(), e.toString());
                assertEquals(NormalizedText.surface(text, e.start(), e.end()), e.text());
            }
        }
    }
}
