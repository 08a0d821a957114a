package io.storedesk.common.pdf;

import java.nio.file.Path;

/** A PDF StoreDesk wrote: where, how many pages, and whether Chinese text could be shown in it. */
public record PrintedFile(Path file, int pages, boolean showsChinese) {
}
