package io.storedesk.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.text.Font;
import javafx.stage.Window;

/**
 * The look: AtlantaFX's Primer Light (or Primer Dark, as the desk chose) as the base, StoreDesk's stylesheet on top, and a CJK font
 * named explicitly (JavaFX's fallback skips CFF fonts, so Chinese would otherwise show as boxes).
 */
public final class Theme {

    /** In order of preference; the stylesheet has a root style class for each. */
    static final List<String> CJK_FONTS = List.of("Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei",
            "PingFang SC", "Source Han Sans SC");

    private static final String CJK_CLASS_PREFIX = "cjk-";

    private final Optional<String> cjkFont;

    Theme(Optional<String> cjkFont) {
        this.cjkFont = cjkFont;
    }

    /** Light or dark; the desk's choice is kept in its preferences. */
    public enum Mode {
        LIGHT, DARK
    }

    /** Sets the application-wide base theme (light) and finds the CJK font this machine has. */
    public static Theme install() {
        return install(Mode.LIGHT);
    }

    /** Sets the application-wide base theme and finds the CJK font this machine has. */
    public static Theme install(Mode mode) {
        use(mode);
        List<String> families = Font.getFamilies();
        return new Theme(CJK_FONTS.stream().filter(families::contains).findFirst());
    }

    /** Switches every open window to the light or dark base theme (call on the JavaFX thread). */
    public static void use(Mode mode) {
        Application.setUserAgentStylesheet(mode == Mode.DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /**
     * Adds StoreDesk's stylesheet to the scene and names the CJK font on its root, and on every root that later
     * takes its place (the first-run wizard, the main window), so none is drawn without it.
     */
    public void apply(Scene scene) {
        scene.getStylesheets().add(stylesheet());
        applyFont(scene.getRoot());
        scene.rootProperty().addListener((observed, previous, root) -> applyFont(root));
    }

    /**
     * Gives a window's scene the look of the window that opens it: StoreDesk's stylesheet and the CJK font its root
     * was named (once, however often it shows). A window of its own (settings, the import wizard, purchase orders,
     * the audit log, every dialog through Dialogs.localised) would otherwise draw Chinese as boxes where the
     * machine's only CJK font is one JavaFX's fallback skips.
     */
    public static void follow(Scene scene, Window owner) {
        if (!scene.getStylesheets().contains(stylesheet())) {
            scene.getStylesheets().add(stylesheet());
        }
        if (owner == null || owner.getScene() == null || owner.getScene().getRoot() == null) {
            return;
        }
        Parent root = scene.getRoot();
        owner.getScene().getRoot().getStyleClass().stream()
                .filter(name -> name.startsWith(CJK_CLASS_PREFIX) && !root.getStyleClass().contains(name))
                .toList().forEach(root.getStyleClass()::add);
    }

    private void applyFont(Parent root) {
        cjkFont.map(Theme::styleClassOf).filter(name -> !root.getStyleClass().contains(name))
                .ifPresent(name -> root.getStyleClass().add(name));
    }

    /** The CJK font family in use, or null when the machine has none of the known ones. */
    public String cjkFontFamily() {
        return cjkFont.orElse(null);
    }

    private static String stylesheet() {
        return Theme.class.getResource("storedesk.css").toExternalForm();
    }

    static String styleClassOf(String family) {
        return CJK_CLASS_PREFIX + family.toLowerCase(Locale.ROOT).replace(' ', '-');
    }
}
