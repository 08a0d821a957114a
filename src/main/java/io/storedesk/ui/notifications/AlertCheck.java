package io.storedesk.ui.notifications;

import io.storedesk.security.Permission;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What is new since this desk last looked: each check reads the sources the signed-in role may see and returns the
 * alerts that did not hold at the previous check. The first check of a source only takes note of what holds (the
 * panes' counts already show it; a desk is not greeted by a hundred popups). An alert that clears and comes back is
 * new again. A source the role loses is forgotten, so a role that gains it later starts afresh. A source that
 * fails is logged and asked again at the next check, with what it had before kept.
 */
public final class AlertCheck {

    private static final Logger LOG = LoggerFactory.getLogger(AlertCheck.class);

    private final List<AlertSource> sources;
    private final Predicate<Permission> allows;
    private final Map<AlertSource, Set<String>> seen = new HashMap<>();

    /** allows: whether the signed-in role holds a permission (Access::allows), asked at each check. */
    public AlertCheck(List<AlertSource> sources, Predicate<Permission> allows) {
        this.sources = List.copyOf(sources);
        this.allows = allows;
    }

    /** The alerts new since the last check, in source order; checks run one at a time. */
    public synchronized List<DeskAlert> check() {
        List<DeskAlert> fresh = new ArrayList<>();
        for (AlertSource source : sources) {
            if (!allows.test(source.permission())) {
                seen.remove(source);
                continue;
            }
            List<DeskAlert> now;
            try {
                now = source.current();
            } catch (Exception e) {
                LOG.warn("Could not read the alerts of {}", source.getClass().getSimpleName(), e);
                continue;
            }
            Set<String> before = seen.get(source);
            Set<String> identities = new HashSet<>();
            for (DeskAlert alert : now) {
                if (identities.add(alert.identity()) && before != null && !before.contains(alert.identity())) {
                    fresh.add(alert);
                }
            }
            seen.put(source, identities);
        }
        return fresh;
    }
}
