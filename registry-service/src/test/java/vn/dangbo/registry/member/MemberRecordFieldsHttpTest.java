package vn.dangbo.registry.member;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vn.dangbo.registry.support.RegistryApi.admin;
import static vn.dangbo.registry.support.RegistryApi.memberBody;
import static vn.dangbo.registry.support.RegistryApi.organisation;
import static vn.dangbo.registry.support.RegistryApi.registerMember;
import static vn.dangbo.registry.support.RegistryApi.send;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dangbo.registry.support.Topics;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/** The handbook fields of a member record: education (trình độ) and a birth date known to the month only. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class MemberRecordFieldsHttpTest {

    UUID cell;

    @BeforeEach
    void tree() {
        UUID bloc = organisation(null, "BLOC_COMMITTEE", "Đảng bộ Khối", "ĐUK");
        cell = organisation(organisation(bloc, "GRASSROOTS_COMMITTEE", "Đảng bộ Sở Giáo dục", "ĐU"), "CELL",
                "Chi bộ Văn phòng Sở", "CB");
    }

    @Test
    void aRecordKeepsItsEducationAndABirthDateKnownOnlyToTheMonth() throws Exception {
        Map<String, Object> body = memberBody(cell, "Hà Văn Học", true);
        body.put("birthDate", "1975-03");
        // typed on a system that sends decomposed Vietnamese: stored NFC
        body.put("education", education(" 12/12 ", Normalizer.normalize("Thạc sĩ Kinh tế", Normalizer.Form.NFD),
                "CAO_CAP"));
        String id = registerMember(admin(), body).statusCode(201)
                .body("birthDate", equalTo("1975-03"))
                .body("education.generalEducation", equalTo("12/12"))
                .body("education.professionalQualification", equalTo("Thạc sĩ Kinh tế"))
                .body("education.politicalTheory", equalTo("CAO_CAP"))
                .body("positions.size()", equalTo(0))
                .extract().path("id");
        given().auth().oauth2(admin()).get("/members/" + id).then().body("birthDate", equalTo("1975-03"));
        // education is no personal data; the birth date is
        given().auth().oauth2(RealInfrastructure.tokens().viewer()).get("/members/" + id).then().statusCode(200)
                .body("birthDate", nullValue())
                .body("education.politicalTheory", equalTo("CAO_CAP"));

        ConsumerRecord<String, String> registered = Topics.await("registry.members.v1",
                Topics.ofType(id, "vn.dangbo.registry.member.registered.v1"), 1).get(0);
        JsonNode member = new ObjectMapper().readTree(registered.value()).get("member");
        assertEquals("1975-03", member.get("birthMonth").asText(), "events carry the birth month only, as before");
        assertEquals("CAO_CAP", member.get("education").get("politicalTheory").asText());
        assertEquals("Thạc sĩ Kinh tế", member.get("education").get("professionalQualification").asText());

        Map<String, Object> full = memberBody(cell, "Hà Thị Ngày", true);
        String fullId = registerMember(admin(), full).statusCode(201).body("birthDate", equalTo("1985-04-12"))
                .extract().path("id");
        ConsumerRecord<String, String> event = Topics.await("registry.members.v1",
                Topics.ofType(fullId, "vn.dangbo.registry.member.registered.v1"), 1).get(0);
        assertFalse(event.value().contains("1985-04-12"), "the full birth date never goes onto a topic");
    }

    @Test
    void aBirthDateOrEducationThatCannotBeTakenIsExplainedInVietnamese() {
        Map<String, Object> body = memberBody(cell, "Lò Văn Sai", true);
        body.put("birthDate", "12/03/1975");
        registerMember(admin(), body).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("birthDate"))
                .body("errors[0].message", containsString("năm-tháng (1975-03) khi chỉ biết tháng sinh"));
        body.put("birthDate", "1975-02-30");
        registerMember(admin(), body).statusCode(400)
                .body("errors[0].message", equalTo("không phải ngày có thật (1975-02-30)"));
        body.put("birthDate", "1975-13");
        registerMember(admin(), body).statusCode(400)
                .body("errors[0].message", equalTo("không phải ngày có thật (1975-13)"));
        body.put("birthDate", "2999-01");
        registerMember(admin(), body).statusCode(400)
                .body("errors[0].message", equalTo("ngày sinh phải trước ngày hôm nay"));
        body.put("birthDate", "1975-03");
        body.put("education", education("1".repeat(31), null, null));
        registerMember(admin(), body).statusCode(400)
                .body("errors.field", hasItem("education.generalEducation"))
                .body("errors[0].message", equalTo("tối đa 30 ký tự (ví dụ 12/12)"));
        body.put("education", education(null, null, "TIEN_SI"));
        registerMember(admin(), body).statusCode(400)
                .body("errors[0].field", equalTo("education.politicalTheory"));
    }

    /**
     * Admission at 18 to 60 when only the birth month is known: refused only when certain (see MembershipRules).
     * Born in June 2007, admitted 15/6/2025: 18 if born by the 15th, so admitted; born in July 2007: certainly 17.
     */
    @Test
    void anAdmissionWithOnlyTheBirthMonthIsRefusedOnlyWhenTheAgeIsCertainlyWrong() {
        send(admin(), "POST", "/members/admissions", null, admission("Mùa A Sình", "2007-06", "2025-06-15"))
                .statusCode(201).body("birthDate", equalTo("2007-06"));
        send(admin(), "POST", "/members/admissions", null, admission("Mùa Thị Dợ", "2007-07", "2025-06-15"))
                .statusCode(422).body("errors[0].field", equalTo("admittedOn"))
                .body("detail", equalTo("Người được kết nạp phải đủ 18 tuổi; vào ngày kết nạp mới 17 tuổi (sinh tháng 7/2007)"));
        send(admin(), "POST", "/members/admissions", null, admission("Mùa Văn Già", "1964-06", "2025-06-15"))
                .statusCode(201);
        send(admin(), "POST", "/members/admissions", null, admission("Mùa Văn Lão", "1964-05", "2025-06-15"))
                .statusCode(422).body("detail", containsString("không quá 60 tuổi; vào ngày kết nạp đã 61 tuổi"));
    }

    private Map<String, Object> admission(String name, String birthDate, String admittedOn) {
        Map<String, Object> body = memberBody(cell, name, false);
        body.remove("fullMemberOn");
        body.remove("partyCardNumber");
        body.put("birthDate", birthDate);
        body.put("admittedOn", admittedOn);
        body.put("decisionReference", "Quyết định số 31-QĐ/ĐU");
        return body;
    }

    private static Map<String, Object> education(String general, String professional, String theory) {
        Map<String, Object> education = new LinkedHashMap<>();
        education.put("generalEducation", general);
        education.put("professionalQualification", professional);
        education.put("politicalTheory", theory);
        return education;
    }
}
