package org.wps.commitments.engine;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A request to the engine's APIs that the tracker refused, with the status and the sentence the caller gets. Some of
 * Camunda's REST resources catch every engine exception and answer a fixed message of their own ("Not enough
 * parameters submitted" for a comment); the REST layer's error mapper finds these in the causes and answers them as
 * they are.
 */
public interface EngineApiRefusal {

    /** The HTTP status: 403 for what the caller's role may not do, 400 for input to correct. */
    int status();

    String getMessage();

    /** What the caller's role may not send (403). */
    final class Forbidden extends AuthorizationException implements EngineApiRefusal {

        private static final long serialVersionUID = 1L;

        Forbidden(String message) {
            super(message);
        }

        @Override
        public int status() {
            return 403;
        }
    }

    /** Input the caller must correct (400), such as a comment that looks like personal data. */
    final class Invalid extends BadUserRequestException implements EngineApiRefusal {

        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message);
        }

        @Override
        public int status() {
            return 400;
        }
    }
}
