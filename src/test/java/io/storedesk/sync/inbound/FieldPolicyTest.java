package io.storedesk.sync.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The channel's field policy as settings_json gives it; LOCAL wherever it says nothing readable. */
class FieldPolicyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            {"fieldPolicy": {"title": "REMOTE", "price": "LOCAL"}} | title   | REMOTE
            {"fieldPolicy": {"title": "REMOTE", "price": "LOCAL"}} | price   | LOCAL
            {"fieldPolicy": {"title": "remote"}}                   | title   | REMOTE
            {"fieldPolicy": {"title": "REMOTE"}}                   | barcode | LOCAL
            {"fieldPolicy": {"weight": "THEIRS"}}                  | weight  | LOCAL
            {"other": 1}                                           | title   | LOCAL
            not json                                               | title   | LOCAL
            -                                                      | price   | LOCAL
            """)
    void readsTheWinnerOfEachField(String settings, String field, Conflict.Winner winner) {
        assertThat(FieldPolicy.fromSettings(settings).winner(field)).isEqualTo(winner);
    }
}
