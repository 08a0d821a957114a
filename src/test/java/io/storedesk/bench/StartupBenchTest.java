package io.storedesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StartupBenchTest {

    @Test
    void theWindowClassesAreTheLoggedClassesThatCanBeLoadedByName() {
        List<String> log = List.of(
                "[0.058s][info][class,load] java.lang.Object source: shared objects file",
                "[0.534s][info][class,load] com.sun.javafx.application.LauncherImpl$$Lambda$194/0x00007f35e5028860"
                        + " source: com.sun.javafx.application.LauncherImpl",
                "[0.315s][info][class,load] jdk.proxy1.$Proxy0 source: __dynamic_proxy__",
                "[0.316s][info][class,load] java.lang.invoke.LambdaForm$MH/0x0000000800c01000 source:"
                        + " __JVM_LookupDefineClass__",
                "[1.769s][info][class,load] com.sun.marlin.Version source: file:/opt/storedesk/lib/app/lib/"
                        + "javafx-graphics-21.0.12-linux.jar",
                "[1.770s][info][class,load] com.sun.marlin.Version source: file:/other.jar",
                "[1.771s][info][class,load] io.storedesk.ui.Shell$1 source: shared objects file (top)",
                "a line of something else");

        assertThat(StartupBench.windowClasses(log))
                .containsExactly("java.lang.Object", "com.sun.marlin.Version", "io.storedesk.ui.Shell$1");
    }

    @Test
    void eachPanesFirstOpenIsReportedInTheOrderOfTheNavigation() {
        var probe = StartupBench.figures("storedesk.probe shown_ms=900 pane_orders_ms=764 pane_stock_ms=2398"
                + " pane_catalog_ms=4 panes_ms=5000 vmhwm_kb=1");

        assertThat(StartupBench.paneTimes(probe)).isEqualTo("catalog 4 ms, stock 2398 ms, orders 764 ms");
        assertThat(StartupBench.paneTimes(StartupBench.figures("storedesk.probe shown_ms=900")))
                .isEqualTo("not reported");
    }
}
