package io.storedesk.sync.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import io.storedesk.sync.RemoteFault;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an Odoo model in write_date order, one page at a time, without gaps or repeats.
 *
 * <p>Why not the obvious domain ["|", ["write_date", ">", c], "&", ["write_date", "=", c], ["id", ">", lastId]]:
 * Odoo stores write_date with microseconds but reads it back cut to the second, so "=" on the second we were
 * given matches nothing and ">" matches the whole second again; a second with more records than a page (one
 * stock validation writes hundreds of quants) would then repeat forever. And plain offset paging over a fixed
 * domain skips a record whenever an earlier one changes during the run (it moves to the end and everything
 * shifts down by one).
 *
 * <p>So a position is (second, how many records of that second were read, last id), and the next page asks
 * for write_date >= second, ordered "write_date asc, id asc", from offset passed - 1: the first record back must
 * be the last one read. If it is, the rest follows on exactly. If it is not, a record of that second changed or
 * vanished meanwhile, and the page reads the whole second again (re-reading is harmless: the engine upserts by
 * id; skipping is not). A record that changes during the run gets a newer write_date and is read again later in
 * the same run, never lost. An answer with records older than asked for, or one that does not move the
 * position on, means the server is not honouring the query (a cache or proxy repeating a page): that is a
 * BAD_RESPONSE, so the run stops instead of looping or storing duplicates.
 */
final class WriteDatePager {

    private static final Logger LOG = LoggerFactory.getLogger(WriteDatePager.class);

    record Page(List<JsonNode> rows, WriteDatePosition next, boolean last) {
    }

    private static final Pattern WRITTEN =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}(\\.\\d+)?");

    private final OdooRpc rpc;

    WriteDatePager(OdooRpc rpc) {
        this.rpc = rpc;
    }

    Page page(String model, List<Object> domain, List<String> fields, Map<String, Object> context,
              WriteDatePosition from, int limit) {
        List<JsonNode> fresh;
        WriteDatePosition counted;
        boolean last;
        if (from.hasLastRecord()) {
            List<JsonNode> rows = searchRead(model, domain, fields, context, from, from.passed() - 1, limit + 1);
            if (!rows.isEmpty() && idOf(rows.get(0)) == from.lastId() && from.second().equals(secondOf(rows.get(0)))) {
                fresh = rows.subList(1, rows.size());
                counted = from;
                last = fresh.size() < limit;
            } else {
                LOG.info("Odoo {}: records written at {} changed since the last page; reading that second again",
                        model, from.second());
                int wanted = limit + from.passed();
                fresh = searchRead(model, domain, fields, context, from, 0, wanted);
                counted = new WriteDatePosition(from.second(), 0, 0);
                last = fresh.size() < wanted;
            }
        } else {
            fresh = searchRead(model, domain, fields, context, from, 0, limit);
            counted = from;
            last = fresh.size() < limit;
        }
        WriteDatePosition next = counted;
        for (JsonNode row : fresh) {
            String second = secondOf(row);
            if (next.second() != null && second.compareTo(next.second()) < 0) {
                throw new RemoteFault(RemoteFault.Kind.BAD_RESPONSE, 200, "Odoo returned " + model + " "
                        + idOf(row) + " written at " + second + ", older than asked for (" + next.second()
                        + "): the same page again? Stopped so that nothing is stored twice or skipped");
            }
            next = next.after(second, idOf(row));
        }
        if (!fresh.isEmpty() && next.equals(from)) {
            throw new RemoteFault(RemoteFault.Kind.BAD_RESPONSE, 200, "Odoo returned the same " + model
                    + " records again after " + from.format() + "; stopped so that the run does not loop");
        }
        return new Page(List.copyOf(fresh), fresh.isEmpty() ? null : next, last);
    }

    private List<JsonNode> searchRead(String model, List<Object> domain, List<String> fields,
                                      Map<String, Object> context, WriteDatePosition from, int offset, int limit) {
        List<Object> where = new ArrayList<>(domain);
        if (from.second() != null) {
            where.add(List.of("write_date", ">=", from.second()));
        }
        Map<String, Object> kwargs = new LinkedHashMap<>();
        kwargs.put("fields", fields);
        kwargs.put("order", "write_date asc, id asc");
        kwargs.put("offset", offset);
        kwargs.put("limit", limit);
        kwargs.put("context", context);
        JsonNode result = rpc.execute(model, "search_read", List.of(where), kwargs, true);
        List<JsonNode> rows = OdooValues.records(result, model);
        for (JsonNode row : rows) {
            String written = OdooValues.text(row.path("write_date"));
            if (!row.path("id").canConvertToLong() || written == null || !WRITTEN.matcher(written).matches()) {
                throw new RemoteFault(RemoteFault.Kind.BAD_RESPONSE, 200,
                        "Odoo returned a " + model + " record without id or a readable write_date: " + row);
            }
        }
        return rows;
    }

    static long idOf(JsonNode row) {
        return row.path("id").asLong();
    }

    /** write_date as Odoo reads it back: "YYYY-MM-DD HH:MM:SS" in UTC (any fraction cut off). */
    static String secondOf(JsonNode row) {
        String text = OdooValues.text(row.path("write_date"));
        return text.length() > 19 ? text.substring(0, 19) : text;
    }
}
