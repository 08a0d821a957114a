package io.storedesk.bench;

import io.storedesk.catalog.CatalogRepository;
import io.storedesk.catalog.Category;
import io.storedesk.importing.FieldSpec;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The catalog benchmark's workbook: 100,000 SKUs (4 per product) in 15 columns, the catalog import's 14
 * fields under their first English header plus a note no field reads, as merchants' sheets carry. Every
 * cell is a function of the row and the version, so the same version is the same file on every run.
 * Version 2 changes every price, every third cost, every tenth listing and every seventh product's title.
 */
final class CatalogWorkbook {

    static final int SKUS = 100_000;
    private static final int SKUS_PER_PRODUCT = 4;
    private static final String[] TOPS = {"纸尿裤湿巾", "奶粉辅食", "喂养用品", "洗护用品", "童装童鞋"};
    private static final String[] LEAVES = {"纸尿裤", "湿巾", "婴儿奶粉", "米粉", "奶瓶", "奶嘴", "洗发沐浴", "护肤",
        "连体衣", "学步鞋"};
    private static final String[] BRANDS = {"贝贝乐", "云柔", "Nuby", "宝宝树", "Pigeon", "小熊尼尼"};
    private static final String[] SIZES = {"S", "M", "L", "XL"};
    private static final String[] COLOURS = {"白色", "粉色", "蓝色", "灰色", "黄色"};

    private CatalogWorkbook() {
    }

    /** Two levels: each top category holds two of the leaves; rows name them by path ("纸尿裤湿巾/湿巾"). */
    static void createCategories(CatalogRepository catalog) {
        List<Category> tops = new ArrayList<>();
        for (int t = 0; t < TOPS.length; t++) {
            tops.add(new Category(0, null, "T" + t, TOPS[t], t));
        }
        Map<String, Long> ids = catalog.insertCategories(tops);
        List<Category> leaves = new ArrayList<>();
        for (int l = 0; l < LEAVES.length; l++) {
            leaves.add(new Category(0, ids.get("T" + (l / 2)), "L" + l, LEAVES[l], 10 + l));
        }
        catalog.insertCategories(leaves);
    }

    static List<String> header(List<FieldSpec> catalogFields) {
        return Stream.concat(catalogFields.stream().map(f -> f.aliases().get(0)), Stream.of("Note")).toList();
    }

    static Path write(Path file, List<String> header, int version) {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "StoreDesk bench", "1.0");
            Worksheet sheet = workbook.newWorksheet("商品");
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
            }
            for (int i = 0; i < SKUS; i++) {
                row(sheet, i + 1, i, version);
                if (i % 1_000 == 999) {
                    sheet.flush();
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static void row(Worksheet sheet, int r, int i, int version) {
        int product = i / SKUS_PER_PRODUCT;
        int leaf = product % LEAVES.length;
        boolean changed = version > 1;
        String title = BRANDS[product % BRANDS.length] + " " + LEAVES[leaf] + " 第" + product + "款"
                + (changed && product % 7 == 0 ? "（新包装）" : "");
        BigDecimal price = BigDecimal.valueOf(1_990 + (i * 37L) % 50_000 + (changed ? 100 : 0), 2);
        BigDecimal cost = BigDecimal.valueOf(990 + (i * 23L) % 30_000 + (changed && i % 3 == 0 ? 50 : 0), 2);
        boolean listed = (i % 13 != 0) ^ (changed && i % 10 == 0);
        int c = 0;
        sheet.value(r, c++, String.format("SKU-%06d", i));
        sheet.value(r, c++, String.format("P-%05d", product));
        sheet.value(r, c++, title);
        sheet.value(r, c++, TOPS[leaf / 2] + "/" + LEAVES[leaf]);
        sheet.value(r, c++, BRANDS[product % BRANDS.length]);
        sheet.value(r, c++, LEAVES[leaf] + ",母婴" + (product % 5 == 0 ? ",爆款" : ""));
        sheet.value(r, c++, String.valueOf(6_931_800_000_000L + i));
        sheet.value(r, c++, "颜色=" + COLOURS[product % COLOURS.length] + ";尺码=" + SIZES[i % SKUS_PER_PRODUCT]);
        sheet.value(r, c++, price);
        sheet.value(r, c++, cost);
        sheet.value(r, c++, 100 + (i * 7) % 4_900);
        sheet.value(r, c++, 365 + (product % 3) * 365);
        sheet.value(r, c++, i % 11 == 0 ? "growth" : "mature");
        sheet.value(r, c++, listed ? "yes" : "no");
        sheet.value(r, c, "批次 " + (i % 97));
    }
}
