package dev.fivewhys.security;

/** A password as it is stored: its bcrypt hash, made by {@link PasswordHashing} before any transaction. */
public record PasswordHash(String value) {

    @Override
    public String toString() {
        return "PasswordHash[…]";
    }
}
