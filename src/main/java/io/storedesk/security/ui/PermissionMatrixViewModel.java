package io.storedesk.security.ui;

import io.storedesk.common.MessageKey;
import io.storedesk.common.RefusedInputException;
import io.storedesk.security.Permission;
import io.storedesk.security.PermissionGrant;
import io.storedesk.security.PermissionMatrix;
import io.storedesk.security.Role;
import io.storedesk.ui.TaskRunner;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The permission matrix editor: one checkbox per role and permission, a ceiling per role for refund and
 * compensation approval (blank = no ceiling). Save sends every change at once against what was read; a conflict
 * saves nothing and says which cell someone else changed, and Reload shows the current matrix.
 */
public final class PermissionMatrixViewModel {

    private final PermissionMatrix matrix;
    private final TaskRunner tasks;
    private final Map<Role, Map<Permission, BooleanProperty>> granted = new EnumMap<>(Role.class);
    private final Map<Role, Map<Permission, StringProperty>> limits = new EnumMap<>(Role.class);
    private final ReadOnlyObjectWrapper<Throwable> failure = new ReadOnlyObjectWrapper<>(this, "failure");
    private final ReadOnlyObjectWrapper<MessageKey> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private List<PermissionGrant> seen = List.of();

    public PermissionMatrixViewModel(PermissionMatrix matrix, TaskRunner tasks) {
        this.matrix = matrix;
        this.tasks = tasks;
        for (Role role : Role.values()) {
            Map<Permission, BooleanProperty> cells = new EnumMap<>(Permission.class);
            Map<Permission, StringProperty> ceilings = new EnumMap<>(Permission.class);
            for (Permission permission : Permission.values()) {
                cells.put(permission, new SimpleBooleanProperty(this, role + "." + permission));
            }
            for (Permission permission : PermissionMatrix.WITH_CEILING) {
                ceilings.put(permission, new SimpleStringProperty(this, role + "." + permission + ".limit", ""));
            }
            granted.put(role, cells);
            limits.put(role, ceilings);
        }
    }

    public void reload() {
        tasks.run("security.matrix.task.load", progress -> matrix.read(), this::show, failure::set);
    }

    public void save() {
        failure.set(null);
        notice.set(null);
        List<PermissionMatrix.Cell> wanted = new ArrayList<>();
        try {
            for (Role role : Role.values()) {
                for (Permission permission : Permission.values()) {
                    if (granted.get(role).get(permission).get()) {
                        wanted.add(new PermissionMatrix.Cell(role, permission, parsedCeiling(role, permission)));
                    }
                }
            }
        } catch (RefusedInputException refused) {
            failure.set(refused);
            return;
        }
        List<PermissionGrant> before = seen;
        tasks.run("security.matrix.task.save", progress -> {
            matrix.save(before, wanted);
            return matrix.read();
        }, after -> {
            show(after);
            notice.set(new MessageKey("security.matrix.saved"));
        }, failure::set);
    }

    /** The administrator's right to manage users cannot be taken away here (nobody could give it back). */
    public boolean editable(Role role, Permission permission) {
        return !(role == Role.ADMIN && permission == Permission.USERS);
    }

    public BooleanProperty granted(Role role, Permission permission) {
        return granted.get(role).get(permission);
    }

    /** The ceiling's text for an approval permission. */
    public StringProperty ceiling(Role role, Permission permission) {
        return limits.get(role).get(permission);
    }

    public ReadOnlyObjectProperty<Throwable> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MessageKey> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    private BigDecimal parsedCeiling(Role role, Permission permission) {
        StringProperty text = limits.get(role).get(permission);
        if (text == null || text.get() == null || text.get().isBlank()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.get().strip().replace(",", ""));
            if (value.signum() < 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new RefusedInputException("security.matrix.badLimit", text.get().strip(),
                    new MessageKey("security.role." + role.name()));
        }
    }

    private void show(List<PermissionGrant> grants) {
        seen = List.copyOf(grants);
        granted.values().forEach(cells -> cells.values().forEach(cell -> cell.set(false)));
        limits.values().forEach(cells -> cells.values().forEach(cell -> cell.set("")));
        for (PermissionGrant grant : grants) {
            granted.get(grant.role()).get(grant.permission()).set(true);
            StringProperty ceiling = limits.get(grant.role()).get(grant.permission());
            if (ceiling != null) {
                ceiling.set(grant.limit() == null ? "" : grant.limit().stripTrailingZeros().toPlainString());
            }
        }
    }
}
