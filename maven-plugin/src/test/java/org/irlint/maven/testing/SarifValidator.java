package org.irlint.maven.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Validates a SARIF file against the SARIF 2.1.0 schema kept in the test resources. Used by the unit tests and
 * by the invoker ITs' verify scripts (the plugin's test class path is on theirs).
 */
public final class SarifValidator {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SarifValidator() {
    }

    public static List<String> errors(Path sarif) throws IOException {
        return errors(JSON.readTree(sarif.toFile()));
    }

    public static List<String> errors(JsonNode sarif) throws IOException {
        try (InputStream in = SarifValidator.class.getResourceAsStream("/sarif/sarif-2.1.0-subset.schema.json")) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(JSON.readTree(in));
            return schema.validate(sarif).stream().map(ValidationMessage::getMessage).sorted().toList();
        }
    }
}
