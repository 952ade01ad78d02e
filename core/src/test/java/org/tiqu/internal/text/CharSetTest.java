package org.tiqu.internal.text;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CharSetTest {
    @Test
    void holdsExactlyWhatWasAddedOverTheWholeCharRange() {
        CharSet set = new CharSet();
        boolean[] want = new boolean[65536];
        Random r = new Random(7);
        for (int k = 0; k < 5000; k++) {
            char ch = (char) r.nextInt(65536);
            set.add(ch);
            want[ch] = true;
        }
        for (char ch : new char[]{'\0', '\u003F', '\u0040', '\u4E00', '\uFFFF'}) {
            set.add(ch);
            want[ch] = true;
        }
        for (int c = 0; c < 65536; c++) {
            int at = c;
            assertEquals(want[c], set.has((char) c), () -> "char " + at);
        }
    }

    @Test
    void setPutsInAndTakesOut() {
        CharSet set = new CharSet();
        set.addAll("日月");
        set.set('月', false);
        set.set('年', true);
        assertTrue(set.has('日'));
        assertFalse(set.has('月'));
        assertTrue(set.has('年'));
        assertFalse(set.has('时'));
    }
}
