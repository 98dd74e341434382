package vn.dangbo.registry.member;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.util.Optional;

/** A {@link BirthDate} as text ({@code 1975-03-12}, or {@code 1975-03} when only the month is known), in the past. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidBirthDate.Validator.class)
public @interface ValidBirthDate {

    String message() default "phải có dạng năm-tháng-ngày (1975-03-12), hoặc năm-tháng (1975-03) khi chỉ biết tháng sinh";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** null is left to @NotNull. */
    class Validator implements ConstraintValidator<ValidBirthDate, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            Optional<BirthDate> birth = BirthDate.parse(value);
            String problem = null;
            if (birth.isEmpty()) {
                problem = value.strip().matches("\\d{4}-\\d{2}(-\\d{2})?")
                        ? "không phải ngày có thật (" + value.strip() + ")" : null;
                if (problem == null) {
                    return false; // the default message: the accepted forms
                }
            } else if (!birth.get().earliest().isBefore(LocalDate.now())) {
                problem = "ngày sinh phải trước ngày hôm nay";
            }
            if (problem == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
            return false;
        }
    }
}
