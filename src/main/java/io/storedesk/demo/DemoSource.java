package io.storedesk.demo;

import io.storedesk.common.UserFacingException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the demo shop's files are read from: the copy inside the application, or a folder. */
@FunctionalInterface
public interface DemoSource {

    InputStream open(String file) throws IOException;

    static DemoSource bundled() {
        return file -> {
            InputStream in = DemoSource.class.getResourceAsStream(DemoShop.RESOURCE_DIR + file);
            if (in == null) {
                throw new UserFacingException("demo.error.missingFile", file);
            }
            return in;
        };
    }

    static DemoSource directory(Path directory) {
        return file -> Files.newInputStream(directory.resolve(file));
    }
}
