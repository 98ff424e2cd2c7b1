package dev.fivewhys.result;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Plain seconds take a quick path without the regular expression; every form reads as it did. */
class TimeAttributeTest {

    @ParameterizedTest(name = "\"{0}\" is {1} ms")
    @CsvSource(delimiter = '|', value = { "0.250|250", "12|12000", "0|0", "0.0005|1", "0.0004|0", "3.14159|3142",
            "'1,234.5'|1234500", "'0,5'|500", "340ms|340", "0.001s|1", "12:03|723000", "PT1.5S|1500", ".5|500",
            "5.|5000", "1e3|1000000", "-1|0", "abc|0", "99999999999999|2147483647" })
    void readsEveryFormItReadBefore(String text, long millis) {
        assertEquals(millis, TimeAttribute.toMillis(text));
    }
}
