package io.storedesk.dashboard.customers;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.common.Messages;
import io.storedesk.testing.TestStores;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Personal data in a segment export is masked unless the caller may see it. */
class SegmentExportTest {

    private static final SegmentCustomer ZHANG = new SegmentCustomer(
            new CustomerActivity(42, "张三丰", "13812341234", "zhang.san@example.com", "Tmall",
                    Instant.parse("2026-11-10T04:00:00Z"), 3, new BigDecimal("1299.5000")),
            10, new RfmScores(4, 5, 5), RfmSegment.LOYAL, CustomerTier.STRATEGIC);

    @Test
    void exportMasksPersonalDataByDefault() throws Exception {
        Path file = TestStores.newDirectory().resolve("champions.csv");

        int written = SegmentExport.write(file, List.of(ZHANG), new Messages(Messages.ENGLISH), false);

        List<String> lines = lines(file);
        assertThat(written).isEqualTo(1);
        assertThat(lines.get(0)).isEqualTo("Customer,Name,Phone,E-mail,Channel,Days since last order,Orders,"
                + "Gross amount,R,F,M,Segment,Tier");
        assertThat(lines.get(1)).startsWith("42,张**,138****1234,z***@example.com,Tmall,10,3,1299.5")
                .endsWith(",4,5,5,Loyal,Strategic");
        assertThat(String.join("\n", lines)).doesNotContain("13812341234", "zhang.san", "三丰");
    }

    @Test
    void exportShowsPersonalDataToWhoMayViewIt() throws Exception {
        Path file = TestStores.newDirectory().resolve("loyal.csv");

        SegmentExport.write(file, List.of(ZHANG), new Messages(Messages.CHINESE), true);

        List<String> lines = lines(file);
        assertThat(lines.get(0)).startsWith("客户编号,姓名,手机,邮箱,渠道");
        assertThat(lines.get(1)).startsWith("42,张三丰,13812341234,zhang.san@example.com,Tmall,")
                .endsWith(",忠诚客户,战略");
    }

    private static List<String> lines(Path file) throws Exception {
        return Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "").lines().toList();
    }
}
