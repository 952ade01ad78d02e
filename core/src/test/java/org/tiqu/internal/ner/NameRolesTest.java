package org.tiqu.internal.ner;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NameRolesTest {
    private static int role(char c, int shift) {
        return NameRoles.of(c) >>> shift & 7;
    }

    @Test
    void bucketsAreLogScale() {
        assertEquals(0, NameRoles.bucket(0));
        assertEquals(0, NameRoles.bucket(2));
        assertEquals(1, NameRoles.bucket(3));
        assertEquals(5, NameRoles.bucket(4999));
        assertEquals(6, NameRoles.bucket(5000));
        assertEquals(7, NameRoles.bucket(20000));
    }

    @Test
    void givenNameCharsAndWhatFollowsNamesDiffer() {
        // 伟 ends many names; 因 never does but often follows one (顾伟因病)
        assertTrue(role('伟', NameRoles.D) >= 4, "伟 as a name's last char");
        assertEquals(0, role('因', NameRoles.D));
        assertTrue(role('因', NameRoles.L) >= 3, "因 after a name");
        assertEquals(0, NameRoles.of('\u0001'));
    }

    @Test
    void twoCharWordsBeforeAndAfterNames() {
        int before = NameRoles.pair('记', '者'), after = NameRoles.pair('表', '示');
        assertTrue((before & 7) >= 5, "记者 before a name");
        assertTrue((after >>> 3 & 7) >= 5, "表示 after a name");
        assertEquals(0, NameRoles.pair('者', '记'));
        // keys of chars from U+8000 on are negative ints: the search must still find them
        assertTrue((NameRoles.pair('说', '道') | NameRoles.pair('队', '长') | NameRoles.pair('首', '长')) != 0);
    }
}
