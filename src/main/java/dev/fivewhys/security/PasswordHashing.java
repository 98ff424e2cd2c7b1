package dev.fivewhys.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.elytron.security.common.BcryptUtil;

/**
 * Hashes a new password with bcrypt, which is slow on purpose (about 100 ms of CPU). Called before the transaction
 * that stores the hash, never inside one: a transaction would hold its connection and the user's row all that time.
 */
@ApplicationScoped
public class PasswordHashing {

    public PasswordHash hash(String password) {
        return new PasswordHash(BcryptUtil.bcryptHash(password));
    }
}
