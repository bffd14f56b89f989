package org.civcred.site.spec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civcred.config.Errors;

/**
 * Reads profile and family files from YAML into the spec records. Structural problems (unknown
 * keys, wrong types, duplicate keys) become user-facing errors that name the file and the key
 * path, e.g. {@code page-types[2].fields.title.selectr}. Semantic checks live in the validator.
 */
public final class SpecReader {

    private static final TypeReference<LinkedHashMap<String, List<String>>> FAMILIES = new TypeReference<>() {
    };

    private final ObjectMapper mapper = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** Parses one site profile; {@code source} names the file in error messages. */
    public ProfileSpec readProfile(byte[] yaml, String source) {
        try {
            ProfileSpec spec = mapper.readValue(yaml, ProfileSpec.class);
            if (spec == null) {
                throw Errors.usage("Site profile " + source + " is empty", "Copy an existing profile and edit it");
            }
            return spec;
        } catch (IOException e) {
            throw translate(e, source);
        }
    }

    /** Parses {@code families.yaml}: family name → list of {@code host[/path-prefix]} patterns. */
    public Map<String, List<String>> readFamilies(byte[] yaml, String source) {
        try {
            Map<String, List<String>> map = mapper.readValue(yaml, FAMILIES);
            return map == null ? Map.of() : map;
        } catch (IOException e) {
            throw translate(e, source);
        }
    }

    private static RuntimeException translate(IOException e, String source) {
        if (e instanceof UnrecognizedPropertyException u) {
            return Errors.usage("Site configuration " + source + " has an unknown key '" + keyPath(u) + "'",
                    "Known keys here: " + u.getKnownPropertyIds() + "; see crawler/README.md");
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            return Errors.usage("Site configuration " + source + ", key '" + keyPath(m) + "': "
                    + m.getOriginalMessage().lines().findFirst().orElse(""), "Fix the value; see crawler/README.md");
        }
        String detail = e instanceof JsonProcessingException p ? p.getOriginalMessage() : e.getMessage();
        return Errors.usage("Site configuration " + source + " is not valid YAML: " + detail,
                "Fix the syntax at the line shown");
    }

    /** {@code page-types[2].fields.title} from Jackson's reference chain. */
    static String keyPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
