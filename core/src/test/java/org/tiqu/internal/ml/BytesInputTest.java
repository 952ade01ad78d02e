package org.tiqu.internal.ml;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BytesInputTest {
    @Test
    void readsWhatDataOutputStreamWrote() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(-123456789);
        out.writeLong(0x8123456789ABCDEFL);
        out.writeFloat(2.5f);
        out.writeShort(-2);
        out.writeByte(0xFF);
        // ASCII + Han (fast path), Latin-2-byte, NUL (2-byte in modified UTF-8) and a surrogate pair (slow path)
        String[] utf = {"", "abc", "国务院", "Müller", "a\u0000b", "𠀀字"};
        for (String s : utf) {
            out.writeUTF(s);
        }
        LinearModel.writeVarLong(out, 0);
        LinearModel.writeVarLong(out, 300);
        LinearModel.writeVarLong(out, -1L);
        out.flush();

        BytesInput in = new BytesInput(bytes.toByteArray());
        assertEquals(-123456789, in.readInt());
        assertEquals(0x8123456789ABCDEFL, in.readLong());
        assertEquals(2.5f, in.readFloat());
        assertEquals(-2, in.readShort());
        assertEquals(0xFF, in.readUnsignedByte());
        for (String s : utf) {
            assertEquals(s, in.readUTF());
        }
        assertEquals(0, LinearModel.readVarLong(in));
        assertEquals(300, LinearModel.readVarLong(in));
        assertEquals(-1L, LinearModel.readVarLong(in));
        assertThrows(EOFException.class, in::readByte);
    }
}
