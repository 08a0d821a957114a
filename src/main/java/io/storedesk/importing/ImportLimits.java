package io.storedesk.importing;

/**
 * What StoreDesk will read: files up to maxFileBytes, sheets up to maxRows rows (Excel's own limit,
 * header included) and maxColumns columns, and workbooks that unpack to no more than maxUnpackedBytes
 * (a zip bomb unpacks to far more than any real sheet).
 */
public record ImportLimits(long maxFileBytes, long maxRows, int maxColumns, long maxUnpackedBytes) {

    public static final ImportLimits DEFAULT = new ImportLimits(200L * 1024 * 1024, 1_048_576, 500,
            1024L * 1024 * 1024);
}
