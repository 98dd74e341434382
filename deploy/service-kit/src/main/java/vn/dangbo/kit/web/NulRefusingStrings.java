package vn.dangbo.kit.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Every JSON string a service reads is refused when it holds U+0000 ({@link NulCharacterException}): PostgreSQL's text
 * cannot store it, so without this the request fails at the insert with a 500 instead of a 400 naming the field.
 */
@Singleton
public class NulRefusingStrings implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(module());
    }

    /** The module alone, for a mapper outside Quarkus. */
    public static SimpleModule module() {
        return new SimpleModule("dangbo-nul-refusing-strings").addDeserializer(String.class, new Strings());
    }

    static final class Strings extends StringDeserializer {

        private static final long serialVersionUID = 1L;

        @Override
        public String deserialize(JsonParser p, DeserializationContext context) throws IOException {
            String value = super.deserialize(p, context);
            if (value != null && value.indexOf('\u0000') >= 0) {
                throw new NulCharacterException(p);
            }
            return value;
        }
    }
}
