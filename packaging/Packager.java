import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds StoreDesk's installable forms from target/storedesk.jar and target/lib (what `./mvnw package` leaves):
 * a trimmed runtime (jdeps finds the modules, jlink links them), the app image (jpackage), the installers
 * named on the command line (deb on Linux, msi on Windows, dmg on macOS, each from the app image), and last
 * the class-data archive of the app image, written by one --self-test run of the image itself.
 *
 * <p>A single-file program (java packaging/Packager.java VERSION [TYPE...]) rather than shell, so the same
 * recipe runs on the three systems; the -Ppackage profile calls it. The options live in the .args files next
 * to it, one folder per system.
 */
public final class Packager {

    private static final Path TARGET = Path.of("target");
    private static final Path OUT = TARGET.resolve("jpackage");
    private static final Path RECIPES = Path.of("packaging");
    private static final String NAME = "StoreDesk";

    private final String version;
    private final String os;

    private Packager(String version) {
        this.version = version;
        String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        this.os = name.contains("win") ? "windows" : name.contains("mac") ? "macos" : "linux";
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: java packaging/Packager.java VERSION [deb|rpm|msi|exe|dmg|pkg]...");
            System.exit(2);
        }
        Packager packager = new Packager(args[0]);
        long started = System.nanoTime();
        Path image = packager.appImage();
        for (String type : List.of(args).subList(1, args.length)) {
            packager.installer(type, image);
        }
        packager.classDataArchive(image);
        System.out.printf(Locale.ROOT, "[packager] done in %d s: %s (%d MB, runtime %d MB)%n",
                (System.nanoTime() - started) / 1_000_000_000, image, size(image) >> 20,
                size(packager.runtimeOf(image)) >> 20);
    }

    /** Stages the jars, links the runtime and lets jpackage lay out the app image. */
    private Path appImage() throws IOException {
        deleteRecursively(OUT);
        Path input = OUT.resolve("input");
        Files.createDirectories(input.resolve("lib"));
        Files.copy(TARGET.resolve("storedesk.jar"), input.resolve("storedesk.jar"));
        for (Path jar : list(TARGET.resolve("lib"))) {
            Files.copy(jar, input.resolve("lib").resolve(jar.getFileName()));
        }
        String classPath = list(input.resolve("lib")).stream().map(Path::toString)
                .collect(Collectors.joining(java.io.File.pathSeparator));
        String modules = run("jdeps", "--print-module-deps", "--ignore-missing-deps", "--multi-release",
                Runtime.version().feature() + "", "--class-path", classPath, input.resolve("storedesk.jar").toString())
                .strip();
        System.out.println("[packager] modules found by jdeps: " + modules);
        Path runtime = OUT.resolve("runtime");
        run("jlink", recipe("jlink.args"), List.of("--add-modules", modules, "--output", runtime.toString()));
        // jlink archives the JDK's classes twice; the copy for heaps over 32 GB (no compressed oops) never serves a desk.
        try (Stream<Path> files = Files.walk(runtime)) {
            for (Path unused : files.filter(f -> f.endsWith("classes_nocoops.jsa")).toList()) {
                Files.delete(unused);
            }
        }
        System.out.printf(Locale.ROOT, "[packager] trimmed runtime: %d MB%n", size(runtime) >> 20);
        run("jpackage", recipe("jpackage/common.args"), recipe("jpackage/app-image.args"),
                recipe(os + "/app-image.args"), List.of("--type", "app-image", "--app-version", version,
                        "--input", input.toString(), "--runtime-image", runtime.toString(), "--dest", OUT.toString()));
        return OUT.resolve(os.equals("macos") ? NAME + ".app" : NAME);
    }

    /** An installer made from the app image, before the image gets its archive (which only fits where it is). */
    private void installer(String type, Path image) throws IOException {
        String recipe = os + "/" + type + ".args";
        if (!Files.exists(RECIPES.resolve(recipe))) {
            throw new IllegalArgumentException("No recipe packaging/" + recipe + " for a " + type + " on " + os);
        }
        run("jpackage", recipe("jpackage/common.args"), recipe(recipe), List.of("--type", type, "--app-version",
                version, "--app-image", image.toString(), "--dest", OUT.toString()));
        System.out.println("[packager] " + type + " written to " + OUT);
    }

    /**
     * Runs the image's own runtime on the image's own class path (as its launcher would) with --self-test and
     * -XX:ArchiveClassesAtExit; the launcher then maps the archive through its -XX:SharedArchiveFile option.
     * A failing self-test fails the build.
     */
    private void classDataArchive(Path image) throws IOException, InterruptedException {
        Path app = appDirectoryOf(image).toAbsolutePath();
        Path config = app.resolve(NAME + ".cfg");
        String classPath = Files.readAllLines(config).stream().filter(line -> line.startsWith("app.classpath="))
                .map(line -> line.substring("app.classpath=".length()).replace("$APPDIR", app.toString()))
                .collect(Collectors.joining(java.io.File.pathSeparator));
        Path java = runtimeOf(image).resolve("bin").resolve(os.equals("windows") ? "java.exe" : "java");
        Path archive = app.resolve("storedesk.jsa");
        Path selfTestHome = Files.createTempDirectory(OUT.toAbsolutePath(), "self-test-");
        // The launcher's own memory options (garbage collector, heap), so the archive is made as it is used.
        List<String> command = new ArrayList<>(List.of(java.toString()));
        Files.readAllLines(config).stream().filter(line -> line.startsWith("java-options=-X"))
                .map(line -> line.substring("java-options=".length()))
                .filter(option -> !option.startsWith("-XX:SharedArchiveFile") && !option.startsWith("-Xshare")
                        && !option.startsWith("-Xlog"))
                .forEach(command::add);
        command.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-Djava.awt.headless=true", "-cp", classPath, "io.storedesk.Launcher", "--self-test", "--data-dir",
                selfTestHome.toString()));
        Process process = new ProcessBuilder(command).inheritIO().start();
        int exit = process.waitFor();
        deleteRecursively(selfTestHome);
        if (exit != 0) {
            throw new IllegalStateException("The app image's self-test failed (exit " + exit + ")");
        }
        System.out.printf(Locale.ROOT, "[packager] class-data archive: %s (%d MB)%n", archive, Files.size(archive) >> 20);
    }

    private Path appDirectoryOf(Path image) {
        return os.equals("linux") ? image.resolve("lib/app")
                : os.equals("windows") ? image.resolve("app") : image.resolve("Contents/app");
    }

    private Path runtimeOf(Path image) {
        return os.equals("linux") ? image.resolve("lib/runtime")
                : os.equals("windows") ? image.resolve("runtime") : image.resolve("Contents/runtime/Contents/Home");
    }

    /**
     * The options of a recipe file: one or more a line, "double quotes" around a value with spaces. (The tools'
     * launchers read @files themselves; run in this JVM they do not, so the recipes are read here.)
     */
    private static List<String> recipe(String name) throws IOException {
        List<String> options = new ArrayList<>();
        for (String line : Files.readAllLines(RECIPES.resolve(name))) {
            Matcher token = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(line.strip());
            while (token.find()) {
                options.add(token.group(1) != null ? token.group(1) : token.group(2));
            }
        }
        return options;
    }

    @SafeVarargs
    private static String run(String tool, List<String>... argumentLists) {
        return run(tool, Stream.of(argumentLists).flatMap(List::stream).toArray(String[]::new));
    }

    /** Runs a JDK tool in this JVM and returns what it printed; a non-zero exit stops the build with its output. */
    private static String run(String tool, String... args) {
        ToolProvider provider = ToolProvider.findFirst(tool)
                .orElseThrow(() -> new IllegalStateException(tool + " is not in this JDK (a full JDK 17+ is needed)"));
        StringWriter out = new StringWriter();
        int exit = provider.run(new PrintWriter(out, true), new PrintWriter(out, true), args);
        if (exit != 0) {
            throw new IllegalStateException(tool + " " + String.join(" ", args) + " failed (exit " + exit + "):\n" + out);
        }
        return out.toString();
    }

    private static List<Path> list(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.toString().endsWith(".jar")).sorted().toList();
        }
    }

    private static long size(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.sorted(Comparator.reverseOrder()).forEach(files::add);
        }
        for (Path file : files) {
            Files.delete(file);
        }
    }
}
