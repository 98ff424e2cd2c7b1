package dev.fivewhys.fix;

/** Fired inside the transaction that verified the fix (by a passing session or by hand). */
public record FixVerified(long fixId) {
}
