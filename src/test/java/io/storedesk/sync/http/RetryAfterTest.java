package io.storedesk.sync.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2024-03-01T10:00:00Z");

    @ParameterizedTest(name = "Retry-After \"{0}\" = {1} ms")
    @CsvSource(delimiter = '|', textBlock = """
            2.0                           | 2000
            2                             | 2000
            0.25                          | 250
            ' 3 '                         | 3000
            0                             | 0
            -4                            | 0
            Fri, 01 Mar 2024 10:00:07 GMT | 7000
            Fri, 01 Mar 2024 09:59:00 GMT | 0
            """)
    void readsSecondsAndDates(String header, long millis) {
        assertThat(RetryAfter.parse(header, NOW)).contains(Duration.ofMillis(millis));
    }

    @ParameterizedTest
    @CsvSource({"soon", "2.0s", "'Friday, 1 March'"})
    void anUnreadableHeaderIsNoAnswer(String header) {
        assertThat(RetryAfter.parse(header, NOW)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            https://shop.example/admin/api/2024-01/orders.json?limit=250&page_info=x | /admin/api/2024-01/orders.json
            https://shop.example/wp-json/wc/v3/products?consumer_secret=cs_1         | /wp-json/wc/v3/products
            https://erp.example                                                       | /
            """)
    void logLinesNameThePathButNeverTheQuery(String url, String path) {
        assertThat(RetryingTransport.pathOf(url)).isEqualTo(path);
    }
}
