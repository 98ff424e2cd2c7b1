package dev.fivewhys.analysis;

import java.util.List;

/**
 * The kind of root cause, for counting recurring causes on the impact page. Admins will manage the list; these are
 * the categories a new installation starts with, covering the causes the seeds report (a moved import, a silent
 * fallback import, staging configuration).
 */
public class RootCauseCategory {

    public static final List<String> DEFAULT_NAMES = List.of(
            "dependency/import",
            "configuration",
            "deployment",
            "infrastructure",
            "code defect",
            "test defect",
            "data",
            "third party");
}
