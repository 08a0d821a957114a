package io.storedesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.testing.TestStores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoShopGeneratorTest {

    private static Path first;

    @BeforeAll
    static void generateOnce() {
        first = TestStores.newDirectory();
        new DemoShopGenerator().writeTo(first);
    }

    @Test
    void generatingTwiceGivesTheSameFilesByteForByte() throws IOException {
        Path second = TestStores.newDirectory();
        new DemoShopGenerator().writeTo(second);
        for (String file : DemoShop.FILES) {
            assertThat(Files.mismatch(first.resolve(file), second.resolve(file))).as(file).isEqualTo(-1L);
        }
    }

    /** sample-data/ must be what the generator writes: change the generator, then regenerate the files. */
    @Test
    void committedSampleDataIsTheGeneratorsOutput() throws IOException {
        Path committed = Path.of("sample-data");
        for (String file : DemoShop.FILES) {
            assertThat(Files.mismatch(first.resolve(file), committed.resolve(file)))
                    .as("%s differs: run `storedesk demo --generate sample-data` and commit it", file)
                    .isEqualTo(-1L);
        }
    }

    @Test
    void filesOpenInSpreadsheetsAsUtf8WithByteOrderMark() throws IOException {
        byte[] bytes = Files.readAllBytes(first.resolve("products.csv"));
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = Files.readString(first.resolve("products.csv"));
        assertThat(text).contains("\r\n").contains("纸尿裤");
    }

    @Test
    void barcodesCarryAValidEan13CheckDigit() {
        assertThat(Ean13.checkDigit("693180000001")).isEqualTo('0');
        assertThat(Ean13.checkDigit("400638133393")).isEqualTo('1');
        assertThat(Ean13.checkDigit("978030640615")).isEqualTo('7');
    }

    @Test
    void shopPricesEndInNine() {
        assertThat(CatalogGenerator.retailPrice(128.4)).isEqualByComparingTo("129.00");
        assertThat(CatalogGenerator.retailPrice(59.4)).isEqualByComparingTo("58.90");
        assertThat(CatalogGenerator.retailPrice(12.9)).isEqualByComparingTo("12.90");
        assertThat(CatalogGenerator.retailPrice(0.2)).isEqualByComparingTo("0.90");
    }
}
