package io.storedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class IconTest {

    @Test
    void noTwoMeaningsShareAPicture() {
        Map<String, String> meaningsByGlyph = Arrays.stream(Icon.values()).collect(Collectors.groupingBy(
                icon -> icon.glyph().getDescription(), Collectors.mapping(Icon::name, Collectors.joining(", "))));

        assertThat(meaningsByGlyph).allSatisfy((glyph, meanings) -> assertThat(meanings)
                .as("icons drawn as %s", glyph).doesNotContain(","));
    }

    @Test
    void eachPaneIsDrawnWithItsOwnIcon() {
        Map<Icon, PaneId> paneByIcon = Arrays.stream(PaneId.values())
                .collect(Collectors.toMap(PaneId::icon, Function.identity()));

        assertThat(paneByIcon).hasSize(PaneId.values().length);
        assertThat(PaneId.ORDERS.icon()).isEqualTo(Icon.ROUTE);
        assertThat(PaneId.AFTERSALES.icon()).isEqualTo(Icon.AFTER_SALES);
    }
}
