package io.smartstore.central.uploads;

import java.util.List;

/** What an upload did: lines loaded, or the problems (by line) that kept all of it out. */
record UploadCheck(int loaded, List<String> problems) {

    boolean accepted() {
        return problems.isEmpty();
    }

    static UploadCheck refused(String problem) {
        return new UploadCheck(0, List.of(problem));
    }
}
