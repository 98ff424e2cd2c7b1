package dev.fivewhys.session;

/**
 * Decides a session's go/no-go. The session feature shows it (API) but cannot compute it: that needs failures, fixes
 * and their audits, which sit above it, so the feature that can implements this (story.SessionVerdicts).
 */
public interface SessionJudge {

    SessionJson.GoNoGo judge(TestSession session);
}
