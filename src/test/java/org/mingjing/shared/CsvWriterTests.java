package org.mingjing.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** A CSV for a spreadsheet: a byte-order mark, quoting, numbers as numbers and no text run as a formula. */
class CsvWriterTests {

    @Test
    void writesTheMarkTheHeaderAndGuardedCells() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter csv = new CsvWriter(out, "名称", "数量")) {
            csv.row("=HYPERLINK(\"x\")", -3);
            csv.row("+1", new BigDecimal("12.50"));
            csv.row("a,b", null);
            csv.row("＝1", 0);
        }
        byte[] bytes = out.toByteArray();
        assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
        assertThat(bytes[1] & 0xFF).isEqualTo(0xBB);
        assertThat(bytes[2] & 0xFF).isEqualTo(0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("名称,数量\r\n\"'=HYPERLINK(\"\"x\"\")\",-3\r\n'+1,12.50\r\n\"a,b\",\r\n'＝1,0\r\n");
    }
}
