package cn.laborcase.documents;

import static cn.laborcase.documents.DocumentFixtures.acceptance;
import static cn.laborcase.documents.DocumentFixtures.uniqueCase;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.laborcase.support.IntegrationTest;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * /verify without login: what a holder of a paper or electronic copy sees. Each test comes from its own client
 * address, so that the rate limit of one does not touch another.
 */
@IntegrationTest
class VerificationIT {

    private static final AtomicInteger CLIENTS = new AtomicInteger(1);

    @Autowired
    WebApplicationContext context;

    @Autowired
    Documents documents;

    @Autowired
    DocumentSettings settings;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    MockMvc mvc;
    RequestPostProcessor client;
    DocumentView issued;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        String address = "198.51.100." + CLIENTS.getAndIncrement();
        client = request -> {
            request.setRemoteAddr(address);
            return request;
        };
        issued = documents.issue(
                documents.draft(acceptance("D1", uniqueCase()), "clerk1").id(), "clerk1");
    }

    @Test
    void anyoneSeesNumberTypeOfficeDateAndStatusWithoutLoggingIn() throws Exception {
        mvc.perform(get("/verify/" + issued.verificationCode()).with(client))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该文书为有效文书")))
                .andExpect(content().string(containsString(issued.number())))
                .andExpect(content().string(containsString("受理通知书")))
                // issued in the department's name, as the document says (条例 §4; application.yml, D1)
                .andExpect(content().string(containsString("示范市东湖区人力资源和社会保障局（示范市东湖区劳动保障监察大队受委托办理）")))
                .andExpect(content().string(containsString(Dates.chinese(issued.issuedAt()))))
                .andExpect(content().string(containsString(issued.pdfSha256())))
                // no personal data of the parties on a public page
                .andExpect(content().string(not(containsString("李秀英"))));
    }

    /**
     * Issue 9 item 3b: the issuing authority is the one the document named when it was issued, kept with it; a renamed
     * office (or a changed setting) does not rewrite what /verify says about documents already issued.
     */
    @Test
    void showsTheIssuingAuthorityAsItWasWhenTheDocumentWasIssued() throws Exception {
        String before = jdbc.queryForObject("select name from office where code = 'D1'", String.class);
        jdbc.update("update office set name = ? where code = 'D1'", "示范市东湖区劳动保障综合执法大队");
        try {
            mvc.perform(get("/verify/" + issued.verificationCode()).with(client))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("示范市东湖区人力资源和社会保障局（" + before + "受委托办理）")))
                    .andExpect(content().string(not(containsString("综合执法大队"))));
        } finally {
            jdbc.update("update office set name = ? where code = 'D1'", before);
        }
    }

    @Test
    void aCodeTypedInLowerCaseWithDashesAndOForZeroIsFound() throws Exception {
        String code = issued.verificationCode().toLowerCase().replace('0', 'o');
        String typed = code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
        mvc.perform(get("/verify/" + typed).with(client))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(issued.number())));
    }

    @Test
    void theGenuinePdfMatchesItsFingerprint() throws Exception {
        byte[] genuine = documents.pdf(issued.id()).content();
        upload(genuine).andExpect(status().isOk()).andExpect(content().string(containsString("一致：上传的文件与签发的文书完全相同")));
    }

    @Test
    void aPdfWithOneByteChangedFailsTheFingerprintCheck() throws Exception {
        byte[] tampered = documents.pdf(issued.id()).content();
        tampered[tampered.length / 2] ^= 0x01;
        upload(tampered)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不一致：上传的文件与签发的文书不同")))
                .andExpect(content().string(containsString(Documents.sha256(tampered))));
    }

    @Test
    void aPdfWithBytesAppendedFailsTheFingerprintCheck() throws Exception {
        byte[] genuine = documents.pdf(issued.id()).content();
        byte[] appended = Arrays.copyOf(genuine, genuine.length + 10);
        upload(appended).andExpect(status().isOk()).andExpect(content().string(containsString("不一致")));
    }

    @Test
    void anUploadWithoutAFileIsRefusedOnTheResultPage() throws Exception {
        mvc.perform(multipart("/verify/" + issued.verificationCode())
                        .with(client)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请选择要核对的 PDF 文件")))
                .andExpect(content().string(containsString(issued.number())));
    }

    @Test
    void anUnknownCodeIsNotFound() throws Exception {
        mvc.perform(get("/verify/ZZZZZZZZZZZZ").with(client))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("未找到核验码")));
        mvc.perform(get("/verify/not-a-code").with(client)).andExpect(status().isNotFound());
    }

    @Test
    void aSupersededDocumentIsShownAsReplacedByItsCorrection() throws Exception {
        DocumentView correction = documents.issue(
                documents.correct(issued.id(), issued.data(), "clerk1").id(), "clerk1");
        mvc.perform(get("/verify/" + issued.verificationCode()).with(client))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该文书已被更正版本取代")))
                .andExpect(content().string(containsString(correction.number())));
    }

    @Test
    void beyondTheLimitPerMinuteAClientGets429() throws Exception {
        for (int i = 0; i < settings.verifyRequestsPerMinute(); i++) {
            mvc.perform(get("/verify/" + issued.verificationCode()).with(client))
                    .andExpect(status().isOk());
        }
        mvc.perform(get("/verify/" + issued.verificationCode()).with(client))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "60"))
                .andExpect(content().string(containsString("请求过于频繁")));
        // another client is not affected
        mvc.perform(get("/verify/" + issued.verificationCode()).with(request -> {
                    request.setRemoteAddr("203.0.113.250");
                    return request;
                }))
                .andExpect(status().isOk());
    }

    private org.springframework.test.web.servlet.ResultActions upload(byte[] pdf) throws Exception {
        return mvc.perform(multipart("/verify/" + issued.verificationCode())
                .file(new MockMultipartFile("file", "文书.pdf", "application/pdf", pdf))
                .with(client)
                .with(csrf()));
    }
}
