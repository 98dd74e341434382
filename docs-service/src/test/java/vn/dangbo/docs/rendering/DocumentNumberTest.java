package vn.dangbo.docs.rendering;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class DocumentNumberTest {

    @Test
    void atLeastTwoDigits() {
        assertEquals("Số 01-TB/ĐU", DocumentNumber.format(1, "TB", "ĐU"));
        assertEquals("Số 21-KH/ĐUK", DocumentNumber.format(21, "KH", "ĐUK"));
        assertEquals("Số 132-KH/TU", DocumentNumber.format(132, "KH", "TU"));
        assertEquals("05-NQ/ĐU", DocumentNumber.symbol(5, "NQ", "ĐU"));
    }

    @Test
    void rejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> DocumentNumber.format(0, "TB", "ĐU"));
        assertThrows(IllegalArgumentException.class, () -> DocumentNumber.format(1, " ", "ĐU"));
        assertThrows(IllegalArgumentException.class, () -> DocumentNumber.format(1, "T B", "ĐU"));
        assertThrows(NullPointerException.class, () -> DocumentNumber.format(1, "TB", null));
    }
}
