package dev.fivewhys.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class RootCauseCategoryTest {

    @Test
    void startsWithTheSeededCategories() {
        assertEquals(List.of("dependency/import", "configuration", "deployment", "infrastructure", "code defect",
                "test defect", "data", "third party"), RootCauseCategory.DEFAULT_NAMES);
    }
}
