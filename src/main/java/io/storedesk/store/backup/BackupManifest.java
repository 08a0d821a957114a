package io.storedesk.store.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a backup file says about itself (manifest.json): which build wrote it, the schema version, when,
 * the rows of every table and the SHA-256 of the database file it carries.
 */
public record BackupManifest(int formatVersion, String appVersion, String schemaVersion, BackupKind kind,
                             Instant createdAt, Map<String, Long> rowCounts, String payloadSha256,
                             long payloadBytes) {

    public static final String FORMAT = "storedesk-backup";
    public static final int FORMAT_VERSION = 1;
    public static final String ENTRY = "manifest.json";
    /** The zip entry holding the H2 database file. */
    public static final String PAYLOAD_ENTRY = "storedesk.mv.db";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public BackupManifest {
        rowCounts = Map.copyOf(new TreeMap<>(rowCounts));
    }

    public long totalRows() {
        return rowCounts.values().stream().mapToLong(Long::longValue).sum();
    }

    public byte[] toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", formatVersion);
        root.put("appVersion", appVersion);
        root.put("schemaVersion", schemaVersion);
        root.put("kind", kind.name());
        root.put("createdAt", createdAt.toString());
        ObjectNode payload = root.putObject("database");
        payload.put("entry", PAYLOAD_ENTRY);
        payload.put("sha256", payloadSha256);
        payload.put("bytes", payloadBytes);
        ObjectNode counts = root.putObject("rowCounts");
        new TreeMap<>(rowCounts).forEach(counts::put);
        try {
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The manifest, or empty when the bytes are not a StoreDesk manifest at all. */
    public static Optional<BackupManifest> parse(byte[] json) {
        try {
            JsonNode root = JSON.readTree(json);
            if (root == null || !FORMAT.equals(root.path("format").asText())
                    || !root.path("schemaVersion").asText().matches("\\d+(\\.\\d+)*")) {
                return Optional.empty();
            }
            Map<String, Long> counts = new TreeMap<>();
            root.path("rowCounts").fields().forEachRemaining(e -> counts.put(e.getKey(), e.getValue().asLong()));
            JsonNode payload = root.path("database");
            return Optional.of(new BackupManifest(root.path("formatVersion").asInt(),
                    root.path("appVersion").asText(), root.path("schemaVersion").asText(),
                    BackupKind.valueOf(root.path("kind").asText(BackupKind.MANUAL.name())),
                    Instant.parse(root.path("createdAt").asText()), counts, payload.path("sha256").asText(),
                    payload.path("bytes").asLong()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
