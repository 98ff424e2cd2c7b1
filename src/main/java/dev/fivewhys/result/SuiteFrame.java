package dev.fivewhys.result;

import java.util.ArrayList;
import java.util.List;

/**
 * An open {@code <testsuite>} (or the {@code <testsuites>} root), with what its cases inherit worked out
 * once, so a suite of 10,000 cases does not rebuild its path 10,000 times.
 *
 * @param nearestName this suite's name, else the nearest named ancestor's, else null
 * @param path names of the enclosing named {@code <testsuite>}s, outermost first
 * @param file this suite's {@code file} attribute, else the nearest ancestor's, else null
 */
record SuiteFrame(String nearestName, List<String> path, String file) {

    static final SuiteFrame NONE = new SuiteFrame(null, List.of(), null);

    /** The {@code <testsuites>} root: its name is a fallback for cases outside any named suite. */
    SuiteFrame root(String name) {
        return new SuiteFrame(name != null ? name : nearestName, path, file);
    }

    SuiteFrame child(String name, String suiteFile) {
        List<String> childPath = path;
        if (name != null) {
            List<String> longer = new ArrayList<>(path);
            longer.add(name);
            childPath = List.copyOf(longer);
        }
        return new SuiteFrame(
                name != null ? name : nearestName,
                childPath,
                suiteFile != null ? suiteFile : file);
    }
}
