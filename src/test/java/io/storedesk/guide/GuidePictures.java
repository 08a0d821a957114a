package io.storedesk.guide;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * The guide's pictures: a scene drawn to PNG (pixels converted here, so javafx.swing is not needed), how many
 * colours a picture has (a blank or half-drawn pane has few), and the pictures the guide's pages name.
 */
final class GuidePictures {

    static final Path GENERATED = Path.of("target", "guide-images");
    static final Path COMMITTED = Path.of("src", "site", "resources", "images", "guide");
    static final Path GUIDE = Path.of("src", "site", "markdown", "guide.md");
    static final Path TASK_PAGES = Path.of("src", "site", "markdown", "guide");

    private static final Pattern REFERENCE = Pattern.compile("images/guide/([a-z0-9-]+\\.png)");

    private GuidePictures() {
    }

    /** Draws the scene as it is now and writes it to GENERATED/name; on the JavaFX thread. */
    static Path write(Scene scene, String name) {
        WritableImage image = scene.snapshot(null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        picture.setRGB(0, 0, width, height, argb, 0, width);
        try {
            Files.createDirectories(GENERATED);
            Path file = GENERATED.resolve(name);
            ImageIO.write(picture, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BufferedImage read(Path file) {
        try {
            return ImageIO.read(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Distinct RGB colours: a real pane with text, icons and anti-aliasing has hundreds. */
    static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                seen.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return seen.size();
    }

    /** Every picture named by guide.md and the task pages. */
    static Set<String> referenced() {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> pages = Stream.concat(Stream.of(GUIDE), Files.list(TASK_PAGES))) {
            for (Path page : (Iterable<Path>) pages::iterator) {
                Matcher m = REFERENCE.matcher(Files.readString(page));
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    /** With -Dguide.update=true the generated pictures replace the committed ones. */
    static void copyToSiteIfAsked(Set<String> names) {
        if (!Boolean.getBoolean("guide.update")) {
            return;
        }
        try {
            Files.createDirectories(COMMITTED);
            for (String name : names) {
                Files.copy(GENERATED.resolve(name), COMMITTED.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
