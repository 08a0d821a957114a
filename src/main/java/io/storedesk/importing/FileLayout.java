package io.storedesk.importing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the mapping screen shows of a file before it is imported: how it was read, its header, which
 * column each field would be read from (field -> header; a field absent is not imported) and its first
 * rows as written.
 */
public record FileLayout(String fileName, String description, List<String> header, Map<String, String> mapping,
                         List<List<String>> sample) {

    public FileLayout {
        header = List.copyOf(header);
        mapping = Collections.unmodifiableMap(new LinkedHashMap<>(mapping));
        sample = sample.stream().map(List::copyOf).toList();
    }
}
