package io.storedesk.importing.ui;

import io.storedesk.importing.FieldSpec;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One line of the mapping screen: a field, and the column chosen for it ("" = not imported). */
public final class MappingChoice {

    private final FieldSpec field;
    private final StringProperty column = new SimpleStringProperty(this, "column", "");

    public MappingChoice(FieldSpec field, String column) {
        this.field = field;
        this.column.set(column == null ? "" : column);
    }

    public FieldSpec field() {
        return field;
    }

    public StringProperty columnProperty() {
        return column;
    }

    public String column() {
        return column.get();
    }
}
