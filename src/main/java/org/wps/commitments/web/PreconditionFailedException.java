package org.wps.commitments.web;

/** The caller's {@code If-Match} names a version that is no longer the current one (HTTP 412). */
public class PreconditionFailedException extends RuntimeException {

    public PreconditionFailedException(String message) {
        super(message);
    }
}
