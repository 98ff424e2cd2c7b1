package dev.fivewhys.support;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

/** The JSON API as CI calls it: HTTP Basic as a user of the standard fixtures, JSON bodies. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(String username) {
        return given().auth().preemptive().basic(username, username + Fixtures.PASSWORD_SUFFIX)
                .contentType("application/json");
    }

    public static RequestSpecification engineer() {
        return as("engineer");
    }
}
