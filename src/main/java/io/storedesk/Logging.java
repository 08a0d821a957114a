package io.storedesk;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import io.storedesk.store.StoreFiles;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * Adds the rolling log file in the data directory once a desk opens a store (logback.xml keeps the
 * console to warnings only, so `--version` or `help` write no files and CLI output stays clean).
 */
public final class Logging {

    private static final String APPENDER = "storedesk-file";

    private Logging() {
    }

    public static synchronized void logToDataDirectory(Path dataDirectory) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Path logs = StoreFiles.logDirectory(dataDirectory);
        // The log follows the store a desk opened last (a first run may open a directory the wizard chose).
        if (root.getAppender(APPENDER) instanceof FileAppender<ILoggingEvent> current) {
            if (Path.of(current.getFile()).equals(logs.resolve("storedesk.log"))) {
                return;
            }
            root.detachAppender(current);
            current.stop();
        }
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName(APPENDER);
        file.setFile(logs.resolve("storedesk.log").toString());
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(context);
        policy.setParent(file);
        policy.setFileNamePattern(logs.resolve("storedesk.%d{yyyy-MM-dd}.%i.log.gz").toString());
        policy.setMaxFileSize(FileSize.valueOf("10MB"));
        policy.setMaxHistory(30);
        policy.setTotalSizeCap(FileSize.valueOf("200MB"));
        policy.start();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n");
        encoder.start();
        file.setRollingPolicy(policy);
        file.setEncoder(encoder);
        file.start();
        root.addAppender(file);
    }
}
