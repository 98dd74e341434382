package vn.dangbo.registry.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.dangbo.kit.text.CsvReader;
import vn.dangbo.kit.text.VietnameseText;
import vn.dangbo.kit.web.Problem.FieldError;
import vn.dangbo.registry.member.BirthDate;
import vn.dangbo.registry.member.Education;
import vn.dangbo.registry.member.Member;
import vn.dangbo.registry.member.MemberRecords.RegisterMemberRequest;
import vn.dangbo.registry.member.PoliticalTheory;
import vn.dangbo.registry.member.Sex;

/**
 * The columns of a member file, CSV or XLSX (import and export share them), and the mapping of one row. The
 * record fields among them are the ones a re-import compares (member {@code RecordField}), by the same names.
 */
public final class MemberCsv {

    /** A column, in the file's order: its header, whether a row must fill it, and the member's value. */
    enum Column {
        ORGANISATION_ID("organisationId", true, false, m -> m.organisationId.toString()),
        FULL_NAME("fullName", true, false, m -> m.fullName),
        BIRTH_DATE("birthDate", true, true, Member::birth),
        SEX("sex", true, false, m -> m.sex.name()),
        ETHNICITY("ethnicity", true, false, m -> m.ethnicity),
        RELIGION("religion", false, false, m -> m.religion),
        NATIONAL_ID("nationalId", true, true, m -> m.nationalId),
        PHONE("phone", false, true, m -> m.phone),
        PARTY_CARD_NUMBER("partyCardNumber", false, false, m -> m.partyCardNumber),
        ADMITTED_ON("admittedOn", true, false, m -> m.admittedOn),
        FULL_MEMBER_ON("fullMemberOn", false, false, m -> m.fullMemberOn),
        JOB_TITLE("jobTitle", false, false, m -> m.jobTitle),
        WORKPLACE("workplace", false, false, m -> m.workplace),
        GENERAL_EDUCATION("generalEducation", false, false, m -> m.generalEducation),
        PROFESSIONAL_QUALIFICATION("professionalQualification", false, false, m -> m.professionalQualification),
        POLITICAL_THEORY("politicalTheory", false, false,
                m -> m.politicalTheory == null ? null : m.politicalTheory.name());

        final String header;
        final boolean required;
        /** Exported only to those who may see the member's personal data (admins, officers of its subtree). */
        final boolean personal;
        private final Function<Member, Object> value;

        Column(String header, boolean required, boolean personal, Function<Member, Object> value) {
            this.header = header;
            this.required = required;
            this.personal = personal;
            this.value = value;
        }

        /**
         * The member's value as exported: text, a {@link LocalDate} or a {@link BirthDate} (known to the day or
         * to the month), each format writing it its way; null when empty or withheld from the reader.
         */
        Object export(Member member, boolean maySeePersonalData) {
            return personal && !maySeePersonalData ? null : value.apply(member);
        }
    }

    public static final List<String> COLUMNS = Stream.of(Column.values()).map(c -> c.header).toList();
    static final List<String> REQUIRED = Stream.of(Column.values()).filter(c -> c.required).map(c -> c.header)
            .toList();

    private MemberCsv() {
    }

    /**
     * A member as a CSV row in the import's columns, so an exported file can be edited and imported elsewhere;
     * a birth date known to the month only is written so (1975-03).
     */
    static String row(Member member, boolean maySeePersonalData) {
        return Stream.of(Column.values()).map(c -> c.export(member, maySeePersonalData))
                .map(v -> CsvReader.quote(v == null ? "" : v.toString()))
                .collect(Collectors.joining(",", "", "\r\n"));
    }

    /** A header mapped to column positions; unknown or missing required columns are errors. */
    public record Header(Map<String, Integer> positions, List<FieldError> errors) {
    }

    public static Header header(List<String> names) {
        Map<String, Integer> positions = new HashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip();
            if (name.isEmpty()) {
                continue; // an empty column a spreadsheet kept (formatted but unused)
            }
            if (!COLUMNS.contains(name)) {
                errors.add(new FieldError(name, "cột không được hỗ trợ"));
            } else {
                positions.put(name, i);
            }
        }
        for (String required : REQUIRED) {
            if (!positions.containsKey(required)) {
                errors.add(new FieldError(required, "thiếu cột bắt buộc"));
            }
        }
        return new Header(positions, errors);
    }

    /** A row as a registration request, or the errors of the fields that could not be read. */
    public record Parsed(RegisterMemberRequest request, List<FieldError> errors) {
    }

    public static Parsed parse(Header header, List<String> row) {
        return parse(header, row, java.util.Set.of());
    }

    /**
     * As {@link #parse(Header, List)}, for a spreadsheet row whose cells at {@code numeric} were stored as numbers:
     * such a national ID or phone number has lost its leading zeros, and saying so beats "must be 12 digits".
     */
    public static Parsed parse(Header header, List<String> row, java.util.Set<Integer> numeric) {
        List<FieldError> errors = new ArrayList<>();
        Integer nationalIdAt = header.positions().get("nationalId");
        Integer phoneAt = header.positions().get("phone");
        Map<String, String> v = new HashMap<>();
        header.positions().forEach((name, i) -> {
            String value = i < row.size() ? row.get(i).strip() : "";
            v.put(name, value.isEmpty() ? null : value);
        });
        if (nationalIdAt != null && numeric.contains(nationalIdAt) && v.get("nationalId") != null
                && !v.get("nationalId").matches("\\d{12}")) {
            errors.add(new FieldError("nationalId", "ô được lưu dạng số nên mất các số 0 ở đầu (đọc được "
                    + v.get("nationalId") + "); hãy định dạng cột là Văn bản (Text) và nhập đủ 12 chữ số"));
        }
        if (phoneAt != null && numeric.contains(phoneAt) && v.get("phone") != null) {
            errors.add(new FieldError("phone", "ô được lưu dạng số nên mất số 0 ở đầu (đọc được " + v.get("phone")
                    + "); hãy định dạng cột là Văn bản (Text) và nhập đủ 10 chữ số"));
        }
        UUID organisationId = null;
        if (v.get("organisationId") != null) {
            try {
                organisationId = UUID.fromString(v.get("organisationId"));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("organisationId", "không phải mã tổ chức (UUID)"));
            }
        }
        Sex sex = null;
        if (v.get("sex") != null) {
            sex = switch (v.get("sex").toUpperCase(java.util.Locale.ROOT)) {
                case "MALE", "NAM" -> Sex.MALE;
                case "FEMALE", "NỮ", "NU" -> Sex.FEMALE;
                default -> {
                    errors.add(new FieldError("sex", "phải là Nam hoặc Nữ (MALE/FEMALE)"));
                    yield null;
                }
            };
        }
        String birthDate = birthDate(v, errors);
        LocalDate admittedOn = date(v, "admittedOn", errors);
        LocalDate fullMemberOn = date(v, "fullMemberOn", errors);
        return new Parsed(new RegisterMemberRequest(organisationId, v.get("fullName"), birthDate, sex, v.get("ethnicity"),
                v.get("religion"), v.get("nationalId"), v.get("phone"), v.get("partyCardNumber"), admittedOn,
                fullMemberOn, v.get("jobTitle"), v.get("workplace"), education(header, v, errors)), errors);
    }

    private static final java.util.regex.Pattern MONTH_YEAR = java.util.regex.Pattern.compile("(\\d{1,2})/(\\d{4})");

    /**
     * The birth date as the API takes it: a full date as {@link #date} reads it, or only the month, written
     * 1975-03, 03/1975 or 3/1975.
     */
    static String birthDate(Map<String, String> values, List<FieldError> errors) {
        String text = values.get("birthDate");
        if (text == null) {
            return null;
        }
        java.util.regex.Matcher monthYear = MONTH_YEAR.matcher(text);
        Optional<BirthDate> birth = BirthDate.parse(text);
        if (birth.isEmpty() && monthYear.matches()) {
            birth = BirthDate.parse(monthYear.group(2) + "-" + String.format("%02d", Integer.parseInt(monthYear.group(1))));
        } else if (birth.isEmpty() && text.contains("/")) {
            List<FieldError> dateErrors = new ArrayList<>();
            LocalDate day = date(values, "birthDate", dateErrors);
            birth = day == null ? Optional.empty() : Optional.of(BirthDate.ofDay(day));
        }
        if (birth.isEmpty()) {
            errors.add(new FieldError("birthDate", "ngày sinh không hợp lệ (dạng 1975-03-12 hoặc 12/3/1975; "
                    + "khi chỉ biết tháng sinh: 1975-03 hoặc 3/1975)"));
            return null;
        }
        return birth.get().toString();
    }

    /**
     * The education columns (null when the file has none of them): text as it is (stored NFC), political theory
     * as its code or its Vietnamese word, with or without diacritics ("Trung cấp", "trung cap", TRUNG_CAP).
     * A value that cannot be taken is an error of its column and left out of the request.
     */
    static Education education(Header header, Map<String, String> values, List<FieldError> errors) {
        Map<String, Integer> at = header.positions();
        if (!at.containsKey("generalEducation") && !at.containsKey("professionalQualification")
                && !at.containsKey("politicalTheory")) {
            return null;
        }
        String general = text(values, "generalEducation", Education.MAX_GENERAL, errors);
        String professional = text(values, "professionalQualification", Education.MAX_PROFESSIONAL, errors);
        PoliticalTheory theory = null;
        String theoryText = values.get("politicalTheory");
        if (theoryText != null) {
            theory = PoliticalTheory.parse(theoryText).orElse(null);
            if (theory == null) {
                errors.add(new FieldError("politicalTheory", "trình độ lý luận chính trị phải là một trong: "
                        + PoliticalTheory.accepted()));
            }
        }
        return new Education(general, professional, theory);
    }

    private static String text(Map<String, String> values, String column, int max, List<FieldError> errors) {
        String text = values.get(column);
        if (text != null && VietnameseText.nfc(text).length() > max) {
            errors.add(new FieldError(column, "tối đa " + max + " ký tự"));
            return null;
        }
        return text;
    }

    /** ISO (2024-05-10) or the Vietnamese way (10/5/2024). */
    static LocalDate date(Map<String, String> values, String field, List<FieldError> errors) {
        String text = values.get(field);
        if (text == null) {
            return null;
        }
        try {
            if (text.contains("/")) {
                String[] p = text.split("/");
                return LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0]));
            }
            return LocalDate.parse(text);
        } catch (RuntimeException e) { // DateTimeParseException, a bad number or too few parts
            errors.add(new FieldError(field, "ngày không hợp lệ (dạng 2024-05-10 hoặc 10/5/2024)"));
            return null;
        }
    }
}
