package io.storedesk.importing;

import java.util.Iterator;
import java.util.List;

/** A sheet being read row by row (never wholly in memory): its header, then its data rows. */
public interface TabularSource extends AutoCloseable {

    String fileName();

    /** What was read and how, for the preview ("CSV, GB18030, semicolon" / "XLSX, sheet 商品"). */
    String description();

    List<String> header();

    /** The data rows after the header; blank rows are skipped. Refuses rows past the limits while reading. */
    Iterator<SourceRow> rows();

    @Override
    void close();
}
