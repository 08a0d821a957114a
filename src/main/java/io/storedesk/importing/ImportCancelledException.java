package io.storedesk.importing;

import io.storedesk.common.UserFacingException;

/** The person cancelled the import; whatever it had written was rolled back. */
public class ImportCancelledException extends UserFacingException {

    public ImportCancelledException() {
        super("import.cancelled");
    }
}
