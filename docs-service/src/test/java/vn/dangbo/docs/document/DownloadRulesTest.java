package vn.dangbo.docs.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DownloadRulesTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Test
    void theParameterWinsThenTheAcceptHeaderThenPdf() {
        assertEquals(Optional.of(DocumentFormat.DOCX), DownloadRules.chooseFormat("DOCX", "application/pdf"));
        assertEquals(Optional.of(DocumentFormat.PDF), DownloadRules.chooseFormat("pdf", DOCX));
        assertEquals(Optional.of(DocumentFormat.DOCX), DownloadRules.chooseFormat(null, DOCX + ";q=0.9, */*;q=0.1"));
        assertEquals(Optional.of(DocumentFormat.PDF), DownloadRules.chooseFormat("", "application/pdf"));
        assertEquals(Optional.of(DocumentFormat.PDF), DownloadRules.chooseFormat(null, "*/*"));
        assertEquals(Optional.of(DocumentFormat.PDF), DownloadRules.chooseFormat(null, null));
        assertEquals(Optional.empty(), DownloadRules.chooseFormat("xls", null));
    }

    @Test
    void fileNamesKeepVietnameseAndHaveAnAsciiFallback() {
        String name = DownloadRules.fileName("TB", 1, "01-TB/ĐU",
                "Thông báo về việc tổ chức Đại hội Chi bộ Sở Tư pháp nhiệm kỳ 2020-2022", DocumentFormat.PDF);
        assertEquals("TB-01-ĐU Thông báo về việc tổ chức Đại hội Chi bộ Sở Tư pháp nhiệm kỳ 2020-2022.pdf", name);
        assertEquals("TB-01-DU-Thong-bao-ve-viec-to-chuc-Dai-hoi-Chi-bo-So-Tu-phap-nhiem-ky-2020-2022.pdf",
                DownloadRules.asciiFileName(name));
        String disposition = DownloadRules.contentDisposition("TB-01-ĐU Đại hội.docx");
        assertEquals("attachment; filename=\"TB-01-DU-Dai-hoi.docx\"; "
                + "filename*=UTF-8''TB-01-%C4%90U%20%C4%90%E1%BA%A1i%20h%E1%BB%99i.docx", disposition);
        for (String unsafe : List.of("/", "\\", "\"", ":")) {
            assertTrue(!DownloadRules.fileName("TB", 2, "02-TB/ĐU", "a" + unsafe + "b", DocumentFormat.PDF)
                    .substring(8).contains(unsafe), unsafe);
        }
    }
}
